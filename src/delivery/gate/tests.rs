use std::time::Duration;

use tokio::time::Instant;

use super::*;

/// The instants (from the start) at which `n` requests of `class` to `chat(i)` got in;
/// each is answered at once.
async fn grants(
    gate: &Arc<Gate>,
    n: usize,
    class: Class,
    chat: impl Fn(usize) -> Option<i64>,
) -> Vec<Duration> {
    requests(gate, n, class, chat, |_| (Duration::ZERO, Duration::ZERO)).await
}

/// Like [`grants`], request `i` reaching Telegram `delay(i).0` after it got in and its
/// response coming back `delay(i).1` later: the instants at which Telegram saw them.
async fn requests(
    gate: &Arc<Gate>,
    n: usize,
    class: Class,
    chat: impl Fn(usize) -> Option<i64>,
    delay: impl Fn(usize) -> (Duration, Duration),
) -> Vec<Duration> {
    let start = Instant::now();
    let mut tasks = vec![];
    for i in 0..n {
        let (gate, chat, (there, back)) = (gate.clone(), chat(i), delay(i));
        tasks.push(tokio::spawn(async move {
            let slot = gate.acquire(chat, class).await;
            tokio::time::sleep(there).await;
            let seen = start.elapsed();
            tokio::time::sleep(back).await;
            drop(slot);
            seen
        }));
    }
    let mut out = vec![];
    for t in tasks {
        out.push(t.await.unwrap());
    }
    out.sort();
    out
}

fn max_in_window(times: &[Duration], window: Duration) -> usize {
    let mut best = 0;
    let mut start = 0;
    for end in 0..times.len() {
        while times[end] - times[start] >= window {
            start += 1;
        }
        best = best.max(end - start + 1);
    }
    best
}

#[tokio::test(start_paused = true)]
async fn a_broadcast_alone_uses_the_whole_rate_and_never_more() {
    let gate = Gate::new(30);
    // A local Telegram: 2 ms there, 3 ms back.
    let local = |_| (Duration::from_millis(2), Duration::from_millis(3));
    let times = requests(&gate, 600, Class::Broadcast, |i| Some(i as i64), local).await;
    assert!(max_in_window(&times, Duration::from_secs(1)) <= 30);
    let rate = 599.0 / (*times.last().unwrap() - times[0]).as_secs_f64();
    assert!(rate >= 0.95 * 30.0, "{rate} a second");
}

#[tokio::test(start_paused = true)]
async fn requests_held_up_on_the_way_never_put_more_than_the_rate_into_one_second() {
    let gate = Gate::new(30);
    // A loaded machine and a jittery network: each request reaches Telegram up to 400 ms
    // after it got in, its answer comes back up to 300 ms later, in no order.
    let jitter = |i: usize| {
        let there = (i * 7919 % 400) as u64;
        let back = (i * 104_729 % 300) as u64;
        (Duration::from_millis(there), Duration::from_millis(back))
    };
    let times = requests(&gate, 600, Class::Broadcast, |i| Some(i as i64), jitter).await;
    let busiest = max_in_window(&times, Duration::from_secs(1));
    assert!(busiest <= 30, "{busiest} in one second");
    // Bunched up by the delays, yet still near the rate over the whole run.
    let rate = 600.0 / times.last().unwrap().as_secs_f64();
    assert!(rate >= 0.6 * 30.0, "{rate} a second");
}

#[tokio::test(start_paused = true)]
async fn the_global_rate_can_change_while_running() {
    let gate = Gate::new(10);
    gate.set_global_rate(40.0);
    let times = grants(&gate, 400, Class::Broadcast, |i| Some(i as i64)).await;
    assert!(max_in_window(&times, Duration::from_secs(1)) <= 40);
    assert!(
        *times.last().unwrap() <= Duration::from_secs(11),
        "{times:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn an_outbox_row_waits_for_the_chats_last_answer_to_come_back() {
    let gate = Gate::new(30);
    let start = Instant::now();
    let answer = gate.acquire(Some(9), Class::Answer).await;
    let row = {
        let gate = gate.clone();
        tokio::spawn(async move {
            let _slot = gate.acquire(Some(9), Class::Personal).await;
            start.elapsed()
        })
    };
    // The answer takes 2 s to come back; the row goes a second after that.
    tokio::time::sleep(Duration::from_secs(2)).await;
    drop(answer);
    let at = row.await.unwrap();
    assert!(at >= Duration::from_secs(3), "{at:?}");
    assert!(at < Duration::from_millis(3_100), "{at:?}");
}

#[tokio::test(start_paused = true)]
async fn one_chat_gets_outbox_rows_a_second_apart_and_answers_in_a_short_burst() {
    let gate = Gate::new(30);
    let rows = grants(&gate, 3, Class::Personal, |_| Some(7)).await;
    assert!(rows[1] - rows[0] >= Duration::from_secs(1), "{rows:?}");
    assert!(rows[2] - rows[1] >= Duration::from_secs(1), "{rows:?}");
    // A fresh chat: a reply and its follow-up go at once, then about one a second.
    let answers = grants(&gate, 6, Class::Answer, |_| Some(8)).await;
    assert!(answers[1] < Duration::from_millis(100), "{answers:?}");
    assert!(answers[5] >= Duration::from_secs(2), "{answers:?}");
    assert!(answers[5] < Duration::from_secs(4), "{answers:?}");
}

#[tokio::test(start_paused = true)]
async fn an_answer_overtakes_a_waiting_broadcast() {
    let gate = Gate::new(10);
    let bulk = {
        let gate = gate.clone();
        tokio::spawn(async move { grants(&gate, 100, Class::Broadcast, |i| Some(i as i64)).await })
    };
    tokio::time::sleep(Duration::from_secs(2)).await;
    let asked = Instant::now();
    let _slot = gate.acquire(Some(-1), Class::Answer).await;
    assert!(
        asked.elapsed() <= Duration::from_millis(150),
        "{:?}",
        asked.elapsed()
    );
    bulk.await.unwrap();
}

#[tokio::test(start_paused = true)]
async fn the_outbox_is_not_starved_by_answers() {
    let gate = Gate::new(10);
    let answers = {
        let gate = gate.clone();
        tokio::spawn(async move { grants(&gate, 200, Class::Answer, |i| Some(i as i64)).await })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    let asked = Instant::now();
    let _slot = gate.acquire(Some(-1), Class::Personal).await;
    assert!(
        asked.elapsed() <= Duration::from_secs(1),
        "{:?}",
        asked.elapsed()
    );
    answers.await.unwrap();
}

#[tokio::test(start_paused = true)]
async fn a_paused_chat_waits_and_others_go_on() {
    let gate = Gate::new(30);
    gate.pause(Some(5), Duration::from_secs(3));
    let start = Instant::now();
    let _slot = gate.acquire(Some(6), Class::Answer).await;
    assert!(start.elapsed() < Duration::from_millis(100));
    let _slot = gate.acquire(Some(5), Class::Answer).await;
    assert!(start.elapsed() >= Duration::from_secs(3));
}

/// `n` answers to chats `-1, -2, …`, one every `every`, each reaching Telegram `there`
/// after it got in and answered `back` later: how long each waited for its slot, and when
/// Telegram saw it (from `start`).
async fn answers_every(
    gate: &Arc<Gate>,
    start: Instant,
    n: usize,
    every: Duration,
    (there, back): (Duration, Duration),
) -> (Vec<Duration>, Vec<Duration>) {
    let mut tasks = vec![];
    for i in 0..n {
        let gate = gate.clone();
        tasks.push(tokio::spawn(async move {
            let asked = Instant::now();
            let slot = gate.acquire(Some(-(i as i64) - 1), Class::Answer).await;
            let waited = asked.elapsed();
            tokio::time::sleep(there).await;
            let seen = start.elapsed();
            tokio::time::sleep(back).await;
            drop(slot);
            (waited, seen)
        }));
        tokio::time::sleep(every).await;
    }
    let (mut waited, mut seen) = (vec![], vec![]);
    for t in tasks {
        let (w, s) = t.await.unwrap();
        waited.push(w);
        seen.push(s);
    }
    (waited, seen)
}

#[tokio::test(start_paused = true)]
async fn while_people_interact_an_answer_finds_a_slot_without_waiting_for_the_broadcast() {
    let gate = Gate::new(30);
    let start = Instant::now();
    let local = |_| (Duration::from_millis(2), Duration::from_millis(3));
    let bulk = {
        let gate = gate.clone();
        tokio::spawn(async move {
            requests(&gate, 900, Class::Broadcast, |i| Some(i as i64), local).await
        })
    };
    // The broadcast has taken every slot; someone starts tapping, five times a second.
    tokio::time::sleep(Duration::from_millis(2_017)).await;
    let (waited, seen) =
        answers_every(&gate, start, 20, Duration::from_millis(200), local(0)).await;
    // The first answer may wait for one broadcast slot to come back; every later one
    // finds the slot the broadcast left free and goes at once (no time passes at all).
    assert!(waited[0] <= Duration::from_millis(50), "{waited:?}");
    assert!(
        waited[1..].iter().all(|w| w.is_zero()),
        "answers waited {waited:?}"
    );
    let mut all = bulk.await.unwrap();
    all.extend(seen);
    all.sort();
    let busiest = max_in_window(&all, Duration::from_secs(1));
    assert!(busiest <= 30, "{busiest} in one second");
}

#[tokio::test(start_paused = true)]
async fn answers_during_a_broadcast_on_a_jittery_network_never_exceed_the_rate() {
    let gate = Gate::new(30);
    let start = Instant::now();
    let jitter = |i: usize| {
        let there = (i * 7919 % 400) as u64;
        let back = (i * 104_729 % 300) as u64;
        (Duration::from_millis(there), Duration::from_millis(back))
    };
    let bulk = {
        let gate = gate.clone();
        tokio::spawn(async move {
            requests(&gate, 600, Class::Broadcast, |i| Some(i as i64), jitter).await
        })
    };
    tokio::time::sleep(Duration::from_millis(1_503)).await;
    // Answers in bursts of the network's worst delays, seven a second.
    let (_, seen) = answers_every(
        &gate,
        start,
        70,
        Duration::from_millis(143),
        (Duration::from_millis(390), Duration::from_millis(290)),
    )
    .await;
    let mut all = bulk.await.unwrap();
    let broadcast_end = *all.last().unwrap();
    all.extend(seen);
    all.sort();
    let busiest = max_in_window(&all, Duration::from_secs(1));
    assert!(busiest <= 30, "{busiest} in one second");
    // The broadcast still moved on: well over half the rate while answers went.
    let rate = 600.0 / broadcast_end.as_secs_f64();
    assert!(rate >= 0.5 * 30.0, "{rate} a second");
}

#[tokio::test(start_paused = true)]
async fn a_second_chat_told_to_wait_pauses_everyone() {
    let gate = Gate::new(30);
    gate.pause(Some(5), Duration::from_secs(3));
    gate.pause(Some(6), Duration::from_secs(2));
    let start = Instant::now();
    let _slot = gate.acquire(Some(7), Class::Answer).await;
    assert!(
        start.elapsed() >= Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    // Chat 5's own pause still runs.
    let _slot = gate.acquire(Some(5), Class::Answer).await;
    assert!(
        start.elapsed() >= Duration::from_secs(3),
        "{:?}",
        start.elapsed()
    );
}
