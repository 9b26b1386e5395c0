//! Real-world payloads from `tests/fixtures/payloads/`, one per kind.

use super::*;
use crate::model::{PhoneKind, WebLink};

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!("../../../tests/fixtures/payloads/", $name)).as_slice()
    };
}

/// The one contact a payload holds; its `raw_payload` must be the text.
fn one_contact(bytes: &[u8]) -> crate::model::Contact {
    match read_scanned(bytes) {
        ScannedPayload::Contacts(mut cards) => {
            assert_eq!(cards.len(), 1, "{cards:?}");
            let contact = cards.remove(0).contact;
            assert_eq!(
                contact.raw_payload.as_deref(),
                Some(decode_qr_text(bytes).as_str())
            );
            contact
        }
        other => panic!("not a contact: {other:?}"),
    }
}

#[test]
fn mecard_with_cjk_emoji_and_escapes() {
    let c = one_contact(fixture!("mecard_cjk.txt"));
    assert_eq!(c.name.display(), "王小明");
    assert_eq!(c.phones[0].number, "+86 138 0013 8000");
    assert_eq!(
        c.description,
        "RustChina 2025 认识 🦀; 聊 wasm, Leptos: 很棒"
    );
    assert_eq!(c.addresses[0].locality, "深圳");
    assert_eq!(c.wechat_qr, "https://u.wechat.com/EMx3-8Pl3eR7a9Dd9hUa0Wc");
    assert_eq!(
        (c.organization.as_str(), c.title.as_str()),
        ("深圳市示例科技有限公司", "技术总监")
    );
}

#[test]
fn mecard_in_gbk_and_shift_jis() {
    let c = one_contact(fixture!("mecard_gbk.txt"));
    assert_eq!(c.name.display(), "张伟");
    assert_eq!(c.organization, "北京字节跳动科技有限公司");
    assert_eq!(c.description, "展会上认识，聊了出海业务");
    assert!(c.raw_payload.unwrap().starts_with("MECARD:N:张,伟;"));

    let c = one_contact(fixture!("mecard_shift_jis.txt"));
    assert_eq!(c.name.display(), "山田太郎");
    assert_eq!(c.organization, "株式会社テスト");
    assert_eq!(c.vcard_extra[0].value, "やまだ");
}

#[test]
fn bizcard() {
    let c = one_contact(fixture!("bizcard.txt"));
    assert_eq!(c.display_name(), "Sean Owen");
    assert_eq!(c.phones[0].kind, PhoneKind::Work);
    assert_eq!(c.addresses[0].street, "76 9th Avenue, New York, NY 10011");
}

#[test]
fn vcards_of_every_version() {
    let c = one_contact(fixture!("vcard30_folded.txt"));
    assert_eq!(c.name.formatted, "陈静");
    assert_eq!(c.organization, "示例咨询, 上海");
    assert_eq!(
        c.description,
        "这是一段很长的备注，用来测试折行：第一部分 第二部分 😀"
    );
    let c = one_contact(fixture!("vcard21_qp.txt"));
    assert_eq!(c.name.formatted, "李娜");
    assert_eq!(c.phones[0].kind, PhoneKind::Cell);
    let c = one_contact(fixture!("vcard40.txt"));
    assert_eq!(c.linkedin, "https://www.linkedin.com/in/janedoe");
}

#[test]
fn wechat_links_are_contacts_except_pay() {
    let c = one_contact(fixture!("wechat_personal.txt"));
    assert_eq!(c.wechat_qr, "https://u.wechat.com/EMx3-8Pl3eR7a9Dd9hUa0Wc");
    let c = one_contact(fixture!("wechat_personal_s.txt"));
    assert_eq!(
        c.wechat_qr,
        "https://u.wechat.com/MOJ4mTLlXl_3b0j2Lh1-Sno?s=2"
    );
    assert_eq!(
        c.raw_payload.as_deref(),
        Some("https://u.wechat.com/MOJ4mTLlXl_3b0j2Lh1-Sno?s=2\n")
    );
    let c = one_contact(fixture!("wechat_official_account.txt"));
    assert_eq!(c.wechat_qr, "http://weixin.qq.com/r/6y8oMBvEQpJ3rXBx9xEH");
    let c = one_contact(fixture!("wechat_group.txt"));
    assert_eq!(
        wechat_link(&c.wechat_qr),
        Some(WeChatLink::GroupOrOfficialAccount)
    );
    let pay = read_scanned(fixture!("wechat_pay.txt"));
    assert_eq!(
        pay,
        ScannedPayload::WeChatPay {
            url: "wxp://f2f0X3m1UqCTaTmq3SxDq5PsQWd0CZ6N8Wfq".into()
        }
    );
    assert_eq!(pay.link(), None);
    assert_eq!(parse_file(fixture!("wechat_pay.txt")), Ok(vec![]));
}

#[test]
fn linkedin_profiles_are_contacts() {
    let c = one_contact(fixture!("linkedin.txt"));
    assert_eq!(c.linkedin, "https://www.linkedin.com/in/zhang-wei-8a1b2c3d");
    assert!(c.raw_payload.unwrap().contains("utm_source=share"));
    let c = one_contact(fixture!("linkedin_pub.txt"));
    assert_eq!(c.linkedin, "http://cn.linkedin.com/pub/li-na/12/345/678");
}

#[test]
fn reach_out_payloads() {
    let url = read_scanned(fixture!("url.txt"));
    assert_eq!(
        url,
        ScannedPayload::Url {
            url: "https://rustchina.example.org/2025/agenda?day=2#talks".into(),
            host: "rustchina.example.org".into()
        }
    );
    assert_eq!(
        url.link().as_deref(),
        Some("https://rustchina.example.org/2025/agenda?day=2#talks")
    );
    let tel = read_scanned(fixture!("tel.txt"));
    assert_eq!(
        tel,
        ScannedPayload::Phone {
            number: "+86-10-8888-6666".into()
        }
    );
    assert_eq!(tel.link().as_deref(), Some("tel:+861088886666"));
    assert_eq!(
        read_scanned(fixture!("mailto.txt")),
        ScannedPayload::Email {
            to: vec!["xiaoming.wang@example.cn".into(), "hr@example.cn".into()],
            subject: "会后跟进".into(),
            body: "你好！\n附上资料".into(),
        }
    );
    assert_eq!(
        read_scanned(fixture!("matmsg.txt")),
        ScannedPayload::Email {
            to: vec!["li.na@example.cn".into()],
            subject: "Slides; follow-up".into(),
            body: "Hi Li Na, slides attached: see link".into(),
        }
    );
    assert_eq!(
        read_scanned(fixture!("sms.txt")),
        ScannedPayload::Sms {
            number: "+8613800138000".into(),
            body: "我是张伟".into()
        }
    );
    let smsto = read_scanned(fixture!("smsto.txt"));
    assert_eq!(
        smsto,
        ScannedPayload::Sms {
            number: "10086".into(),
            body: "CXLL: 查询? 流量 & 余额".into()
        }
    );
    assert_eq!(
        smsto.link().as_deref(),
        Some("sms:10086?body=CXLL%3A%20%E6%9F%A5%E8%AF%A2%3F%20%E6%B5%81%E9%87%8F%20%26%20%E4%BD%99%E9%A2%9D")
    );
}

#[test]
fn wifi_is_shown_not_a_contact() {
    let ScannedPayload::Wifi(network) = read_scanned(fixture!("wifi.txt")) else {
        panic!("not wifi");
    };
    assert_eq!(
        network,
        WifiNetwork {
            ssid: "RustChina;Guest".into(),
            security: WifiSecurity::Wpa,
            password: "rust:2025,wasm".into(),
            hidden: false,
        }
    );
    assert_eq!(parse_file(fixture!("wifi.txt")), Ok(vec![]));
}

#[test]
fn text_in_utf8_and_gbk_and_hostile_text() {
    assert_eq!(
        read_scanned(fixture!("text_cjk_emoji.txt")),
        ScannedPayload::Text("欢迎来到 RustChina 2025 🦀 — 请在展台 B12 找我们".into())
    );
    assert_eq!(
        read_scanned(fixture!("text_gbk.txt")),
        ScannedPayload::Text("扫码关注：深圳市南山区科技园".into())
    );
    let hostile = read_scanned(fixture!("hostile_javascript.txt"));
    assert_eq!(
        hostile,
        ScannedPayload::Text("javascript:alert(document.cookie)".into())
    );
    assert_eq!(hostile.link(), None);
}

#[test]
fn other_kinds_and_edge_cases() {
    assert_eq!(read_scanned(b""), ScannedPayload::Empty);
    assert_eq!(read_scanned(b" \r\n\t"), ScannedPayload::Empty);
    assert_eq!(
        read_scanned(b"\x89PNG\r\n\x1a\n\0\0"),
        ScannedPayload::Binary { size: 10 }
    );
    assert_eq!(
        read_scanned(b"+86 138 0013 8000"),
        ScannedPayload::Phone {
            number: "+86 138 0013 8000".into()
        }
    );
    assert_eq!(
        read_scanned(b"zhangwei@example.cn"),
        ScannedPayload::Email {
            to: vec!["zhangwei@example.cn".into()],
            subject: String::new(),
            body: String::new()
        }
    );
    // Recognised prefixes holding nothing usable fall through to text.
    assert_eq!(
        read_scanned(b"MECARD:;;"),
        ScannedPayload::Text("MECARD:;;".into())
    );
    assert_eq!(
        read_scanned(b"BEGIN:VCARD"),
        ScannedPayload::Text("BEGIN:VCARD".into())
    );
    assert_eq!(read_scanned(b"tel:"), ScannedPayload::Text("tel:".into()));
    // A URL with other words around it is text, not a link.
    assert!(matches!(
        read_scanned(b"see https://example.com now"),
        ScannedPayload::Text(_)
    ));
    for hostile in [
        "data:text/html,<script>alert(1)</script>",
        "intent://x#Intent;end",
        "file:///etc/passwd",
    ] {
        let scanned = read_scanned(hostile.as_bytes());
        assert_eq!(scanned, ScannedPayload::Text(hostile.into()));
        assert_eq!(scanned.link(), None);
    }
    // `weixin://` opens the app: a contact's WeChat link, never a link the UI follows.
    let c = one_contact(b"weixin://dl/business/?t=abc");
    assert_eq!(c.wechat_qr, "weixin://dl/business/?t=abc");
    assert_eq!(safe_link(&c.wechat_qr), None);
    assert_eq!(
        one_contact(b"https://www.linkedin.com/in/x").urls,
        Vec::<WebLink>::new()
    );
}

#[test]
fn hostile_bytes_do_not_panic() {
    let samples: [&[u8]; 12] = [
        b"MECARD:N:\\",
        b"MECARD:N:,,,,,;ADR:,,,,,,,,;SOUND:,;;;;\\",
        b"BIZCARD:\\;\\:\\,:::;;",
        b"WIFI:S:\";P:\";;",
        b"mailto:?%;&=&&==",
        b"sms:?&?&body=%FF%FE",
        b"SMSTO:",
        b"tel:%",
        b"https://[",
        b"http://@:/?#",
        b"\xEF\xBB\xBF\xEF\xBB\xBF",
        b"\xff\xfe\x81\x30\x81",
    ];
    for sample in samples {
        let scanned = read_scanned(sample);
        let _ = scanned.link();
    }
    let payload = fixture!("mecard_gbk.txt");
    for len in 0..payload.len() {
        let _ = read_scanned(&payload[..len]);
    }
}
