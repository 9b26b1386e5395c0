//! Links found in scanned text, and which of them the UI may follow.
//!
//! A QR code is written by whoever printed it, so its text is hostile: a
//! `javascript:` or `data:` link behind a "Open" button would run in our
//! origin, `intent:`/`weixin:` would launch other apps. Only the schemes in
//! [`SAFE_SCHEMES`] are ever offered as links.

/// Schemes the UI may turn into a link, lower case, without the colon.
pub const SAFE_SCHEMES: [&str; 5] = ["http", "https", "tel", "mailto", "sms"];

/// `text` as a link the UI may follow, or `None`.
///
/// Only `http:`, `https:` (with a host), `tel:`, `mailto:` and `sms:`
/// (with something after the colon) pass; the scheme comes back lower
/// case, the rest unchanged. Anything with whitespace or control
/// characters inside is refused: browsers strip some of them while
/// parsing, so what the user sees would not be what they get.
pub fn safe_link(text: &str) -> Option<String> {
    let text = text.trim();
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let (scheme, rest) = text.split_once(':')?;
    let scheme = scheme.to_ascii_lowercase();
    if !SAFE_SCHEMES.contains(&scheme.as_str()) || rest.is_empty() {
        return None;
    }
    if (scheme == "http" || scheme == "https") && web_host(text).is_none() {
        return None;
    }
    Some(format!("{scheme}:{rest}"))
}

/// The lower-case host of an `http(s)://` URL (no user, no port), or
/// `None` if `url` is not one or has no host.
pub fn web_host(url: &str) -> Option<String> {
    let rest = strip_prefix_ignore_case(url.trim(), "https://")
        .or_else(|| strip_prefix_ignore_case(url.trim(), "http://"))?;
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        // IPv6 literal: keep the brackets, drop the port after them.
        format!("[{}]", v6.split(']').next().unwrap_or(""))
    } else {
        host_port.split(':').next().unwrap_or("").to_owned()
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty() && host != "[]").then_some(host)
}

/// Whether `host` is `domain` or one of its subdomains.
pub(super) fn host_is(host: &str, domain: &str) -> bool {
    host == domain
        || host
            .strip_suffix(domain)
            .is_some_and(|sub| sub.ends_with('.'))
}

/// The path of an `http(s)://` URL, without query or fragment ("" if none).
pub(super) fn web_path(url: &str) -> &str {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    rest.find('/').map(|i| &rest[i..]).unwrap_or("")
}

/// `text` without `prefix`, compared ignoring ASCII case.
pub(super) fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// Whether `text` is a single `http(s)://` URL with a host.
pub(super) fn is_web_url(text: &str) -> bool {
    !text.chars().any(char::is_whitespace) && web_host(text).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_link_allows_only_known_schemes() {
        assert_eq!(
            safe_link(" HTTPS://example.com/a?b=c "),
            Some("https://example.com/a?b=c".into())
        );
        assert_eq!(
            safe_link("http://例子.中国/"),
            Some("http://例子.中国/".into())
        );
        assert_eq!(
            safe_link("tel:+8613800138000"),
            Some("tel:+8613800138000".into())
        );
        assert_eq!(safe_link("MAILTO:a@b.cn"), Some("mailto:a@b.cn".into()));
        assert_eq!(
            safe_link("sms:+1555?body=hi"),
            Some("sms:+1555?body=hi".into())
        );
        for hostile in [
            "javascript:alert(1)",
            "JavaScript:alert(document.cookie)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
            "intent://scan/#Intent;scheme=zxing;end",
            "weixin://dl/chat",
            "wxp://f2f0abc",
            "vbscript:msgbox",
            "blob:https://example.com/uuid",
            "http:",
            "https://",
            "https:///path",
            "http://@/",
            "https://exa mple.com",
            "https://example.com/\u{0}",
            "tel:",
            "mailto:",
            "smsto:+1555",
            "example.com",
            "",
            ":",
        ] {
            assert_eq!(safe_link(hostile), None, "{hostile:?}");
        }
    }

    #[test]
    fn hosts() {
        assert_eq!(
            web_host("https://User:pw@WWW.Example.com:8080/x").as_deref(),
            Some("www.example.com")
        );
        assert_eq!(web_host("http://[::1]:80/").as_deref(), Some("[::1]"));
        assert_eq!(
            web_host("http://example.com./").as_deref(),
            Some("example.com")
        );
        assert_eq!(web_host("https://a.b?x=/y").as_deref(), Some("a.b"));
        assert_eq!(web_host("ftp://example.com"), None);
        assert_eq!(web_host("http://[/"), None);
        assert!(host_is("cn.linkedin.com", "linkedin.com"));
        assert!(host_is("linkedin.com", "linkedin.com"));
        assert!(!host_is("evillinkedin.com", "linkedin.com"));
        assert_eq!(web_path("https://a.b/in/x?y=/z#w"), "/in/x");
        assert_eq!(web_path("https://a.b?x=/y"), "");
        assert_eq!(strip_prefix_ignore_case("张伟", "x"), None);
    }
}
