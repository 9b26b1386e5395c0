//! The live camera on the Scan page: the video with a target frame, the
//! camera switch and torch, and what to do when the camera cannot open.
//!
//! The camera is held only while this component is on screen and the page
//! is visible: leaving the page or switching apps releases it (its light
//! goes off), coming back opens it again.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::context::use_i18n;
use crate::i18n::{Locale, Text};
use crate::scan::{list_cameras, Camera, CameraDevice, CameraProblem, FrameLoop};

#[derive(Clone, Debug, PartialEq)]
enum CameraStatus {
    Starting,
    Live,
    /// Released while the page is hidden.
    Asleep,
    Failed(CameraProblem),
}

fn problem_text(locale: Locale, problem: &CameraProblem) -> String {
    match problem {
        CameraProblem::Denied => locale.text(Text::ScanCameraDenied).to_owned(),
        CameraProblem::Absent => locale.text(Text::ScanCameraAbsent).to_owned(),
        CameraProblem::Busy => locale.text(Text::ScanCameraBusy).to_owned(),
        CameraProblem::Failed(reason) => locale.fill(Text::ScanCameraFailed, &[("reason", reason)]),
    }
}

fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
}

/// `on_code` gets each code read; while `holding` is true (a result is on
/// screen) the video is paused and nothing more is read.
#[component]
pub fn ScanViewfinder(on_code: Callback<String>, #[prop(into)] holding: Signal<bool>) -> impl IntoView {
    let t = use_i18n();
    let video_ref = NodeRef::<html::Video>::new();
    let status = RwSignal::new(CameraStatus::Starting);
    let cameras = RwSignal::new(Vec::<CameraDevice>::new());
    let chosen_camera = RwSignal::new(None::<String>);
    let has_torch = RwSignal::new(false);
    let torch_on = RwSignal::new(false);
    let camera = StoredValue::new_local(None::<Camera>);
    let frame_loop = StoredValue::new_local(None::<FrameLoop>);
    // Each start gets a number; a camera that opens after a newer start (or
    // after the page was left) is released at once.
    let attempt = StoredValue::new(0u32);

    let release = move || {
        if let Some(open) = camera.try_update_value(Option::take).flatten() {
            open.stop();
        }
        if let Some(video) = video_ref.get_untracked() {
            video.set_src_object(None);
        }
        has_torch.set(false);
        torch_on.set(false);
    };

    let start = move |device: Option<String>| {
        release();
        let Some(mine) = attempt.try_update_value(|n| {
            *n += 1;
            *n
        }) else {
            return;
        };
        status.set(CameraStatus::Starting);
        spawn_local(async move {
            let opened = Camera::open(device.as_deref()).await;
            let current = attempt.try_get_value() == Some(mine) && !page_hidden();
            // The page may have been left while the camera opened: then every
            // signal here is disposed and the camera must simply be released.
            let video = if current { video_ref.try_get_untracked().flatten() } else { None };
            let Some(video) = video else {
                if let Ok(open) = opened {
                    open.stop();
                }
                return;
            };
            let open = match opened {
                Ok(open) => open,
                Err(problem) => {
                    status.try_set(CameraStatus::Failed(problem));
                    return;
                }
            };
            video.set_muted(true);
            video.set_src_object(Some(open.stream()));
            if holding.try_get_untracked().unwrap_or(false) {
                video.pause().ok();
            } else if let Ok(playing) = video.play() {
                // Autoplay of a muted inline video is allowed everywhere;
                // a refusal only means the first frames come a bit later.
                let _ = wasm_bindgen_futures::JsFuture::from(playing).await;
            }
            if attempt.try_get_value() != Some(mine) {
                open.stop();
                return;
            }
            has_torch.set(open.has_torch());
            chosen_camera.set(open.device_id());
            camera.set_value(Some(open));
            if frame_loop.with_value(Option::is_none) {
                let video: web_sys::HtmlVideoElement = video.clone().unchecked_into();
                match FrameLoop::start(video, move |text| on_code.run(text)) {
                    Ok(running) => frame_loop.set_value(Some(running)),
                    Err(reason) => {
                        status.set(CameraStatus::Failed(CameraProblem::Failed(reason)));
                        return;
                    }
                }
            }
            status.set(CameraStatus::Live);
            // Labels are only given once access is granted: list after opening.
            let listed = list_cameras().await;
            cameras.try_set(listed);
        });
    };

    // Open on arrival; release on leaving; follow the page's visibility.
    Effect::new(move |started: Option<bool>| {
        if started == Some(true) {
            return true;
        }
        let mounted = video_ref.get().is_some();
        if mounted {
            start(None);
        }
        mounted
    });
    let on_visibility = Closure::<dyn FnMut()>::new(move || {
        if page_hidden() {
            attempt.update_value(|n| *n += 1);
            release();
            status.set(CameraStatus::Asleep);
        } else if status.get_untracked() == CameraStatus::Asleep {
            start(chosen_camera.get_untracked());
        }
    });
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(document) = &document {
        let _ = document.add_event_listener_with_callback("visibilitychange", on_visibility.as_ref().unchecked_ref());
    }
    let listener = StoredValue::new_local(Some(on_visibility));
    on_cleanup(move || {
        attempt.update_value(|n| *n += 1);
        release();
        frame_loop.update_value(|running| {
            if let Some(running) = running.take() {
                running.stop();
            }
        });
        if let (Some(document), Some(Some(closure))) =
            (web_sys::window().and_then(|w| w.document()), listener.try_update_value(Option::take))
        {
            let _ = document.remove_event_listener_with_callback("visibilitychange", closure.as_ref().unchecked_ref());
        }
    });

    // A result on screen freezes the picture; closing it reads again.
    Effect::new(move |_| {
        let hold = holding.get();
        let Some(video) = video_ref.get_untracked() else { return };
        if hold {
            video.pause().ok();
        } else {
            if camera.with_value(Option::is_some) {
                let _ = video.play();
            }
            frame_loop.with_value(|running| {
                if let Some(running) = running {
                    running.resume();
                }
            });
        }
    });

    let switch_camera = move |event: web_sys::Event| {
        let id = event_target_value(&event);
        chosen_camera.set(Some(id.clone()));
        start(Some(id));
    };
    let toggle_torch = move |_| {
        let wanted = !torch_on.get_untracked();
        let Some(open) = camera.with_value(Clone::clone) else { return };
        spawn_local(async move {
            if open.set_torch(wanted).await.is_ok() {
                torch_on.set(wanted);
            }
        });
    };

    view! {
        <div class="scan-viewfinder" class:is-failed=move || matches!(status.get(), CameraStatus::Failed(_))>
            <div class="scan-video-frame">
                <video
                    node_ref=video_ref
                    class="scan-video"
                    aria-label=t.t(Text::ScanViewfinder)
                    playsinline=true
                    muted=true
                    autoplay=true
                    prop:muted=true
                ></video>
                <div class="scan-target" aria-hidden="true"></div>
                {move || (status.get() == CameraStatus::Starting).then(|| view! {
                    <p class="scan-starting" role="status">{t.t(Text::ScanStarting)}</p>
                })}
            </div>
            {move || match status.get() {
                CameraStatus::Failed(problem) => view! {
                    <div class="notice error scan-camera-problem" role="alert">
                        <p>{move || problem_text(t.locale.get(), &problem)}</p>
                        <button type="button" class="button primary" on:click=move |_| start(chosen_camera.get_untracked())>
                            {t.t(Text::ScanRetry)}
                        </button>
                    </div>
                }.into_any(),
                _ => ().into_any(),
            }}
            <div class="scan-controls">
                {move || (cameras.get().len() > 1).then(|| view! {
                    <label class="field scan-camera-choice">
                        <span>{t.t(Text::ScanCameraChoice)}</span>
                        <select on:change=switch_camera>
                            {cameras.get().into_iter().enumerate().map(|(i, device)| {
                                let selected = chosen_camera.get_untracked().as_deref() == Some(device.id.as_str());
                                let number = (i + 1).to_string();
                                let label = device.label.clone();
                                view! {
                                    <option value=device.id selected=selected>
                                        {move || if label.is_empty() {
                                            t.locale.get().fill(Text::ScanCameraNumber, &[("n", &number)])
                                        } else {
                                            label.clone()
                                        }}
                                    </option>
                                }
                            }).collect_view()}
                        </select>
                    </label>
                })}
                {move || has_torch.get().then(|| view! {
                    <button type="button" class="button" aria-pressed=move || torch_on.get().to_string() on:click=toggle_torch>
                        {t.t(Text::ScanTorch)}
                    </button>
                })}
            </div>
        </div>
    }
}
