#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    mingpian::app::mount();
}

// The app only runs in a browser; the host build exists for tests and examples.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Mingpian is a web app: build it with `trunk build` (see README.md).");
}
