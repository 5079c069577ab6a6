use std::time::Duration;

use tokio::time::Instant;

use super::*;

/// The instants (from the start) at which `n` requests of `class` to `chat(i)` got in.
async fn grants(
    gate: &Arc<Gate>,
    n: usize,
    class: Class,
    chat: impl Fn(usize) -> Option<i64>,
) -> Vec<Duration> {
    let start = Instant::now();
    let mut tasks = vec![];
    for i in 0..n {
        let (gate, chat) = (gate.clone(), chat(i));
        tasks.push(tokio::spawn(async move {
            gate.acquire(chat, class).await;
            start.elapsed()
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
    let times = grants(&gate, 300, Class::Broadcast, |i| Some(i as i64)).await;
    assert!(max_in_window(&times, Duration::from_secs(1)) <= 30);
    let rate = 300.0 / times.last().unwrap().as_secs_f64();
    // 1 / WINDOW of the rate, less a little for the start.
    assert!(rate >= 0.85 * 30.0, "{rate} a second");
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
    gate.acquire(Some(-1), Class::Answer).await;
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
    gate.acquire(Some(-1), Class::Personal).await;
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
    gate.acquire(Some(6), Class::Answer).await;
    assert!(start.elapsed() < Duration::from_millis(100));
    gate.acquire(Some(5), Class::Answer).await;
    assert!(start.elapsed() >= Duration::from_secs(3));
}
