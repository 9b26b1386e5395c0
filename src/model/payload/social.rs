//! WeChat and LinkedIn links: which ones are people (or groups, official
//! accounts) worth a contact, and which are payments.

use super::link::{host_is, strip_prefix_ignore_case, web_host, web_path};
use crate::model::{Contact, WebLink};

/// What a WeChat link leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeChatLink {
    /// A person's "My QR code" (`https://u.wechat.com/…`).
    Personal,
    /// A group (`weixin.qq.com/g/…`) or official account (`weixin.qq.com/r/…`).
    GroupOrOfficialAccount,
    /// A `weixin://` link into the app (profile, chat…).
    App,
    /// A payment request (`wxp://…`, `weixin://wxpay/…`, WeChat Pay web pages):
    /// never a contact.
    Pay,
}

/// What kind of WeChat link `url` is, or `None` if it is not one.
pub fn wechat_link(url: &str) -> Option<WeChatLink> {
    let url = url.trim();
    if strip_prefix_ignore_case(url, "wxp://").is_some() {
        return Some(WeChatLink::Pay);
    }
    if let Some(rest) = strip_prefix_ignore_case(url, "weixin://") {
        return Some(if strip_prefix_ignore_case(rest, "wxpay/").is_some() {
            WeChatLink::Pay
        } else {
            WeChatLink::App
        });
    }
    let host = web_host(url)?;
    let path = web_path(url).to_ascii_lowercase();
    if host_is(&host, "wx.tenpay.com") || host_is(&host, "payapp.weixin.qq.com") {
        Some(WeChatLink::Pay)
    } else if host_is(&host, "u.wechat.com") && path.len() > 1 {
        Some(WeChatLink::Personal)
    } else if host == "weixin.qq.com" && (path.starts_with("/r/") || path.starts_with("/g/")) {
        Some(WeChatLink::GroupOrOfficialAccount)
    } else {
        None
    }
}

/// `url` if it is a LinkedIn profile (`linkedin.com/in/…` or `/pub/…`, any
/// subdomain), without its tracking query; `None` otherwise. A URL given
/// without scheme gets `https://`.
pub fn linkedin_profile(url: &str) -> Option<String> {
    let url = url.trim();
    if url.chars().any(char::is_whitespace) {
        return None;
    }
    let url = if web_host(url).is_some() {
        url.to_owned()
    } else {
        format!("https://{url}")
    };
    let host = web_host(&url)?;
    if !host_is(&host, "linkedin.com") {
        return None;
    }
    let path = web_path(&url);
    let lower = path.to_ascii_lowercase();
    let slug = lower
        .strip_prefix("/in/")
        .or_else(|| lower.strip_prefix("/pub/"))?;
    if slug.trim_matches('/').is_empty() {
        return None;
    }
    // Share links add `?utm_source=share…`; the profile is the path.
    let end = url.find(['?', '#']).unwrap_or(url.len());
    Some(url[..end].to_owned())
}

/// Files a web link found on a card: WeChat (except payment) and LinkedIn profile links go
/// to their own fields (when still empty), the rest to `urls`.
pub(super) fn file_web_link(contact: &mut Contact, url: String) {
    let is_wechat = matches!(
        wechat_link(&url),
        Some(WeChatLink::Personal | WeChatLink::GroupOrOfficialAccount | WeChatLink::App)
    );
    if is_wechat && contact.wechat_qr.is_empty() {
        contact.wechat_qr = url;
    } else if contact.linkedin.is_empty() && linkedin_profile(&url).is_some() {
        contact.linkedin = url;
    } else {
        contact.urls.push(WebLink::new(url));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wechat_kinds() {
        use WeChatLink::*;
        let cases = [
            (
                "https://u.wechat.com/EMx3-8Pl3eR7a9Dd9hUa0Wc",
                Some(Personal),
            ),
            (
                "https://u.wechat.com/MOJ4mTLlXl_3b0j2Lh1-Sno?s=2",
                Some(Personal),
            ),
            ("http://U.WECHAT.COM/kAbc?s=1", Some(Personal)),
            ("https://u.wechat.com/", None),
            (
                "http://weixin.qq.com/r/6y8oMBvEQpJ3rXBx9xEH",
                Some(GroupOrOfficialAccount),
            ),
            (
                "https://weixin.qq.com/g/AQYAAPqj4Pc0JJb4",
                Some(GroupOrOfficialAccount),
            ),
            ("https://weixin.qq.com/", None),
            ("https://mp.weixin.qq.com/s/abc", None),
            ("weixin://dl/business/?t=abc", Some(App)),
            ("wxp://f2f0X3m1UqCTaTmq3SxDq5PsQWd0CZ6N8Wfq", Some(Pay)),
            ("weixin://wxpay/bizpayurl?pr=abc", Some(Pay)),
            (
                "https://payapp.weixin.qq.com/materialqr/entry/home?a=1",
                Some(Pay),
            ),
            ("https://wx.tenpay.com/f2f?t=abc", Some(Pay)),
            ("https://u.wechat.com.evil.example/abc", None),
            ("wechat", None),
        ];
        for (url, kind) in cases {
            assert_eq!(wechat_link(url), kind, "{url}");
        }
    }

    #[test]
    fn linkedin_profiles() {
        let cases = [
            ("https://www.linkedin.com/in/zhang-wei-8a1b2c3d", Some("https://www.linkedin.com/in/zhang-wei-8a1b2c3d")),
            (
                "https://www.linkedin.com/in/jane-doe?utm_source=share&utm_campaign=share_via&utm_content=profile&utm_medium=ios_app",
                Some("https://www.linkedin.com/in/jane-doe"),
            ),
            ("http://cn.linkedin.com/in/li-na/", Some("http://cn.linkedin.com/in/li-na/")),
            ("https://linkedin.com/in/x#about", Some("https://linkedin.com/in/x")),
            ("https://uk.linkedin.com/pub/john-smith/1/2b/345", Some("https://uk.linkedin.com/pub/john-smith/1/2b/345")),
            ("www.linkedin.com/in/li-na", Some("https://www.linkedin.com/in/li-na")),
            ("https://www.linkedin.com/company/bytedance", None),
            ("https://www.linkedin.com/in/", None),
            ("https://linkedin.com.evil.example/in/x", None),
            ("https://www.linkedin.com/in/a b", None),
        ];
        for (url, want) in cases {
            assert_eq!(linkedin_profile(url).as_deref(), want, "{url}");
        }
    }

    #[test]
    fn files_links_by_kind() {
        let mut c = Contact::default();
        file_web_link(&mut c, "https://u.wechat.com/abc".into());
        file_web_link(&mut c, "https://u.wechat.com/second".into());
        file_web_link(&mut c, "https://www.linkedin.com/in/x".into());
        file_web_link(&mut c, "https://example.com".into());
        assert_eq!(c.wechat_qr, "https://u.wechat.com/abc");
        assert_eq!(c.linkedin, "https://www.linkedin.com/in/x");
        assert_eq!(
            c.urls,
            vec![
                WebLink::new("https://u.wechat.com/second"),
                WebLink::new("https://example.com")
            ]
        );
    }
}
