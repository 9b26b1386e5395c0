//! `WIFI:T:WPA;S:name;P:password;H:true;;` network codes: shown so the
//! user can join, never turned into a contact.

use super::fields::{tagged_fields, unescape};
use super::link::strip_prefix_ignore_case;

/// A Wi-Fi network from a QR code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WifiNetwork {
    pub ssid: String,
    pub security: WifiSecurity,
    pub password: String,
    /// The network does not broadcast its name.
    pub hidden: bool,
}

/// How a Wi-Fi network is secured (the `T:` field).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum WifiSecurity {
    /// No password (`nopass`, or no `T:` and no `P:`).
    #[default]
    Open,
    Wep,
    /// WPA or WPA2 with a shared password.
    Wpa,
    /// WPA3 (`SAE`).
    Wpa3,
    /// WPA2/WPA3-Enterprise (`WPA2-EAP`…).
    Enterprise,
    /// Anything else, as written (empty if a password was given without `T:`).
    Other(String),
}

/// Reads a `WIFI:` payload. `None` if it is not one.
pub(super) fn read_wifi(text: &str) -> Option<WifiNetwork> {
    let body = strip_prefix_ignore_case(text, "WIFI:")?;
    let mut network = WifiNetwork::default();
    let mut kind = None;
    for (name, value) in tagged_fields(body) {
        let value = unquote(&unescape(value));
        match name.as_str() {
            "S" => network.ssid = value,
            "P" => network.password = value,
            "T" => kind = Some(value),
            "H" => {
                network.hidden = ["true", "1", "yes"].contains(&value.to_ascii_lowercase().as_str())
            }
            _ => {}
        }
    }
    network.security = match kind.as_deref().map(|k| k.trim().to_ascii_uppercase()) {
        None if network.password.is_empty() => WifiSecurity::Open,
        Some(k) if k.is_empty() && network.password.is_empty() => WifiSecurity::Open,
        Some(k) if k == "NOPASS" || k == "NONE" || k == "OPEN" => WifiSecurity::Open,
        Some(k) if k == "WEP" => WifiSecurity::Wep,
        Some(k) if k.contains("EAP") => WifiSecurity::Enterprise,
        Some(k) if k == "SAE" || k.starts_with("WPA3") => WifiSecurity::Wpa3,
        Some(k) if k.starts_with("WPA") => WifiSecurity::Wpa,
        _ => WifiSecurity::Other(kind.unwrap_or_default()),
    };
    Some(network)
}

/// Some generators quote values (`S:"My Net"`); the quotes are not part of them.
fn unquote(value: &str) -> String {
    match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        Some(inner) => inner.to_owned(),
        None => value.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_networks_with_escapes() {
        assert_eq!(
            read_wifi(r#"WIFI:T:WPA;S:会场\;5G;P:pa\:ss\,wo\\rd;H:true;;"#),
            Some(WifiNetwork {
                ssid: "会场;5G".into(),
                security: WifiSecurity::Wpa,
                password: r"pa:ss,wo\rd".into(),
                hidden: true,
            })
        );
        let open = read_wifi("wifi:S:\"Free WiFi 🎉\";T:nopass;;").unwrap();
        assert_eq!(
            (open.ssid.as_str(), &open.security, open.hidden),
            ("Free WiFi 🎉", &WifiSecurity::Open, false)
        );
        assert_eq!(
            read_wifi("WIFI:S:x;P:y;;").unwrap().security,
            WifiSecurity::Other(String::new())
        );
        assert_eq!(
            read_wifi("WIFI:S:x;T:SAE;P:y;;").unwrap().security,
            WifiSecurity::Wpa3
        );
        assert_eq!(
            read_wifi("WIFI:S:x;T:WPA2-EAP;E:PEAP;I:me;P:y;;")
                .unwrap()
                .security,
            WifiSecurity::Enterprise
        );
        assert_eq!(
            read_wifi("WIFI:S:x;T:WEP;P:y;;").unwrap().security,
            WifiSecurity::Wep
        );
        assert_eq!(
            read_wifi("WIFI:T:ROT13;;").unwrap().security,
            WifiSecurity::Other("ROT13".into())
        );
        assert_eq!(read_wifi("WIFI:").unwrap(), WifiNetwork::default());
        assert_eq!(read_wifi("MECARD:"), None);
    }
}
