#![allow(dead_code)] // Each test binary uses part of the support code.
//! A scripted server on 127.0.0.1 for the client-integration tests: it answers the n-th
//! request with the n-th response of its script and counts the requests it gets.

use std::io::Read;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

/// What the server answers: a whole response, or a status with a long streamed body.
pub enum Answer {
    /// This response as is.
    Whole(http::Response<Vec<u8>>),
    /// `status` with `len` bytes of `x`, streamed without `Content-Length` (never held in
    /// memory, by the server or by a client that reads with a limit).
    Endless { status: u16, len: u64 },
}

impl From<http::Response<Vec<u8>>> for Answer {
    fn from(response: http::Response<Vec<u8>>) -> Self {
        Answer::Whole(response)
    }
}

/// A running server.
pub struct Server {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    requests: Arc<AtomicUsize>,
}

impl Server {
    /// Serves `script`, one answer per request; a request past its end gets a 404.
    pub fn start(script: Vec<Answer>) -> Server {
        let server = tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1");
        let url = format!(
            "http://{}",
            server.server_addr().to_ip().expect("an IP address")
        );
        let requests = Arc::new(AtomicUsize::new(0));
        let count = Arc::clone(&requests);
        thread::spawn(move || {
            let mut script = script.into_iter();
            for request in server.incoming_requests() {
                count.fetch_add(1, Ordering::SeqCst);
                let _ = match script.next() {
                    Some(Answer::Whole(response)) => request.respond(tiny(response)),
                    Some(Answer::Endless { status, len }) => {
                        let body = std::io::repeat(b'x').take(len);
                        request.respond(tiny_http::Response::new(
                            status.into(),
                            Vec::new(),
                            body,
                            None,
                            None,
                        ))
                    }
                    None => request.respond(tiny_http::Response::empty(404)),
                };
            }
        });
        Server { url, requests }
    }

    /// How many requests the server has received.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

fn tiny(response: http::Response<Vec<u8>>) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let (parts, body) = response.into_parts();
    let mut out = tiny_http::Response::from_data(body).with_status_code(parts.status.as_u16());
    for (name, value) in &parts.headers {
        let header =
            tiny_http::Header::from_bytes(name.as_str(), value.as_bytes()).expect("a valid header");
        out.add_header(header);
    }
    out
}

/// Serves `response`, raw bytes exactly as given (a lying `Content-Length`, say), to one
/// connection, then closes it; returns `http://127.0.0.1:<port>`.
pub fn raw_once(response: Vec<u8>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let url = format!("http://{}", listener.local_addr().expect("an address"));
    thread::spawn(move || {
        use std::io::Write;
        let Ok((mut stream, _)) = listener.accept() else {
            return;
        };
        // The request fits one read; its contents do not matter.
        let _ = stream.read(&mut [0; 8192]);
        let _ = stream.write_all(&response);
    });
    url
}

/// What an error's line shows before any annotation: the status and its reason phrase
/// (the table's, else the registry's), so that no test restates either.
pub fn head(status: u16) -> String {
    format!(
        "{status} {}",
        picsart_api_error::ApiError::new(status, b"").reason_phrase()
    )
}
