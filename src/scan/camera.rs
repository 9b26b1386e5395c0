//! The phone's camera for scanning: opening it (rear camera, HD), listing
//! the cameras to switch between, the torch, and releasing it.
//!
//! The less common parts of the API (track capabilities, the `torch`
//! constraint) are reached through `Reflect`: web-sys marks them unstable,
//! and browsers that lack them simply report no torch.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MediaDeviceInfo, MediaDeviceKind, MediaStream, MediaStreamConstraints, MediaStreamTrack};

/// Why the camera could not be opened, as the user must be told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CameraProblem {
    /// The user or the browser refused permission (`NotAllowedError`).
    Denied,
    /// No camera, or no camera API (`NotFoundError`, no `mediaDevices`,
    /// a page not served over HTTPS).
    Absent,
    /// Another app holds the camera (`NotReadableError`).
    Busy,
    /// Anything else, with the browser's own words.
    Failed(String),
}

impl CameraProblem {
    fn from_js(error: &JsValue) -> CameraProblem {
        let name = Reflect::get(error, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
        match name.as_str() {
            "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => CameraProblem::Denied,
            "NotFoundError" | "OverconstrainedError" | "DevicesNotFoundError" => CameraProblem::Absent,
            "NotReadableError" | "TrackStartError" | "AbortError" => CameraProblem::Busy,
            _ => CameraProblem::Failed(
                Reflect::get(error, &"message".into())
                    .ok()
                    .and_then(|m| m.as_string())
                    .filter(|m| !m.is_empty())
                    .unwrap_or(name),
            ),
        }
    }
}

/// A camera the user can switch to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CameraDevice {
    pub id: String,
    /// Empty until the user has granted camera access once.
    pub label: String,
}

/// An open camera. Dropping it does not stop it: call [`Camera::stop`]
/// (the viewfinder does, on leaving the page or hiding it).
#[derive(Clone, Debug)]
pub struct Camera {
    stream: MediaStream,
}

fn media_devices() -> Result<web_sys::MediaDevices, CameraProblem> {
    web_sys::window()
        .ok_or(CameraProblem::Absent)?
        .navigator()
        .media_devices()
        .map_err(|_| CameraProblem::Absent)
}

fn set(target: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &key.into(), value);
}

fn ideal(value: impl Into<JsValue>) -> Object {
    let constraint = Object::new();
    set(&constraint, "ideal", &value.into());
    constraint
}

impl Camera {
    /// Opens `device` (from [`list_cameras`]), or else the rear camera, at
    /// 1280×720 or better where the camera offers it. Only `ideal` values:
    /// a camera that cannot match still opens rather than failing.
    pub async fn open(device: Option<&str>) -> Result<Camera, CameraProblem> {
        let devices = media_devices()?;
        let video = Object::new();
        match device {
            Some(id) => {
                let exact = Object::new();
                set(&exact, "exact", &id.into());
                set(&video, "deviceId", &exact);
            }
            None => set(&video, "facingMode", &ideal("environment")),
        }
        set(&video, "width", &ideal(1280));
        set(&video, "height", &ideal(720));
        let constraints = MediaStreamConstraints::new();
        constraints.set_video(&video);
        constraints.set_audio(&JsValue::FALSE);
        let promise = devices
            .get_user_media_with_constraints(&constraints)
            .map_err(|e| CameraProblem::from_js(&e))?;
        let stream: MediaStream = JsFuture::from(promise)
            .await
            .map_err(|e| CameraProblem::from_js(&e))?
            .unchecked_into();
        Ok(Camera { stream })
    }

    pub fn stream(&self) -> &MediaStream {
        &self.stream
    }

    fn track(&self) -> Option<MediaStreamTrack> {
        self.stream.get_video_tracks().get(0).dyn_into::<MediaStreamTrack>().ok()
    }

    /// The id of the camera in use, to mark it in the camera switch.
    pub fn device_id(&self) -> Option<String> {
        let track = self.track()?;
        let settings = call0(&track, "getSettings")?;
        Reflect::get(&settings, &"deviceId".into()).ok()?.as_string()
    }

    /// Whether this camera has a torch the page may switch (Chrome on
    /// Android reports `torch` among the track's capabilities).
    pub fn has_torch(&self) -> bool {
        self.track()
            .and_then(|track| call0(&track, "getCapabilities"))
            .and_then(|caps| Reflect::get(&caps, &"torch".into()).ok())
            .is_some_and(|torch| torch.is_truthy())
    }

    /// Switches the torch; resolves once the camera has applied it.
    pub async fn set_torch(&self, on: bool) -> Result<(), String> {
        let track = self.track().ok_or("no video track")?;
        let setting = Object::new();
        set(&setting, "torch", &on.into());
        let constraints = Object::new();
        set(&constraints, "advanced", &Array::of1(&setting));
        let apply = Reflect::get(&track, &"applyConstraints".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .ok_or("no applyConstraints")?;
        let promise: js_sys::Promise = apply
            .call1(&track, &constraints)
            .map_err(|e| format!("{e:?}"))?
            .unchecked_into();
        JsFuture::from(promise).await.map(|_| ()).map_err(|e| format!("{e:?}"))
    }

    /// Releases the camera (its light goes off).
    pub fn stop(&self) {
        for track in self.stream.get_tracks().iter() {
            if let Ok(track) = track.dyn_into::<MediaStreamTrack>() {
                track.stop();
            }
        }
    }
}

fn call0(target: &JsValue, method: &str) -> Option<JsValue> {
    let function = Reflect::get(target, &method.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    function.call0(target).ok()
}

/// The cameras of this device, in the browser's order (empty without a
/// camera API).
pub async fn list_cameras() -> Vec<CameraDevice> {
    let Ok(devices) = media_devices() else { return Vec::new() };
    let Ok(promise) = devices.enumerate_devices() else { return Vec::new() };
    let Ok(list) = JsFuture::from(promise).await else { return Vec::new() };
    Array::from(&list)
        .iter()
        .filter_map(|d| d.dyn_into::<MediaDeviceInfo>().ok())
        .filter(|d| d.kind() == MediaDeviceKind::Videoinput)
        .map(|d| CameraDevice { id: d.device_id(), label: d.label() })
        .collect()
}
