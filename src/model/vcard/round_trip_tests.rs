//! Write → read keeps every vCard field of a fully populated contact.

use super::*;
use crate::model::*;

fn full_contact() -> (Contact, Vec<Tag>, Photo) {
    let tricky = "逗号, 分号; 反斜杠 \\ 换行\n第二行 🎉";
    let mut c = Contact::new("c1", 1_700_000_000_000);
    c.alias = "老张, 深圳; 🎉".into();
    c.name = PersonName {
        formatted: "张伟 (Zhang Wei)".into(),
        family: "张".into(),
        given: "伟".into(),
        additional: "a,b".into(),
        prefix: "Dr.;".into(),
        suffix: "PhD\\".into(),
    };
    c.organization = "腾云科技, Inc.; 深圳".into();
    c.department = "产品部".into();
    c.title = "产品总监 / Head of Product".into();
    c.phones = vec![
        Phone::new(PhoneKind::Cell, "+86 138 0013 8000"),
        Phone::new(PhoneKind::Work, "+86 755 8888 6666"),
        Phone::new(PhoneKind::Home, "010-1234"),
        Phone::new(PhoneKind::Fax, "+86 755 8888 6601"),
        Phone {
            kind: PhoneKind::Other,
            number: "+1 555 0100".into(),
            label: "助理, 小王".into(),
        },
    ];
    c.emails = vec![
        Email::new(PlaceKind::Work, "zw@tengyun.example.cn"),
        Email::new(PlaceKind::Home, "zw@home.example"),
        Email {
            kind: PlaceKind::Other,
            address: "z@x.example".into(),
            label: "Side project".into(),
        },
    ];
    c.urls = vec![
        WebLink::new("https://tengyun.example.cn/a?b=1,2;c"),
        WebLink {
            url: "https://blog.example/zw".into(),
            label: "博客".into(),
        },
    ];
    c.addresses = vec![
        PostalAddress {
            kind: PlaceKind::Work,
            label: "总部".into(),
            po_box: "PO 1".into(),
            extended: "10 楼, A 座".into(),
            street: "深南大道 10000 号; 科技园".into(),
            locality: "深圳".into(),
            region: "广东省".into(),
            postal_code: "518057".into(),
            country: "中国".into(),
        },
        PostalAddress {
            kind: PlaceKind::Home,
            street: "1 Main St".into(),
            ..Default::default()
        },
    ];
    c.wechat_id = "zhangwei_88".into();
    c.wechat_qr = "https://u.wechat.com/EMx3abc".into();
    c.linkedin = "https://www.linkedin.com/in/zhangwei".into();
    c.profiles = vec![
        ProfileLink {
            service: "github".into(),
            url: "https://github.com/zw".into(),
        },
        ProfileLink {
            service: "x;twitter".into(),
            url: "https://x.com/zw".into(),
        },
    ];
    c.description = format!("{tricky}\n\n第三段: {}", "很长的描述。".repeat(30));
    c.tags = vec!["t1".into(), "t2".into()];
    c.vcard_extra = vec![
        VcardProperty {
            group: String::new(),
            name: "BDAY".into(),
            params: vec![],
            value: "1985-03-08".into(),
        },
        VcardProperty {
            group: "item1".into(),
            name: "X-ABDATE".into(),
            params: vec![VcardParam {
                name: "type".into(),
                values: vec!["pref".into()],
            }],
            value: "2019-06-18".into(),
        },
        VcardProperty {
            group: "item1".into(),
            name: "X-ABLabel".into(),
            params: vec![],
            value: "_$!<Anniversary>!$_".into(),
        },
    ];
    let tags = vec![
        Tag::new("t1", "投资人, VIP"),
        Tag::new("t2", "RustConf; 2025"),
    ];
    let photo = Photo {
        id: "p1".into(),
        mime: "image/png".into(),
        bytes: b"\x89PNG\r\n\x1a\n fake".to_vec(),
    };
    c.portrait = Some(photo.id.clone());
    (c, tags, photo)
}

#[test]
fn every_field_survives_write_then_read() {
    let (contact, tags, photo) = full_contact();
    let text = write_vcard(&contact, &tags, Some(&photo));
    assert!(text.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let cards = read_vcards_str(&text).unwrap();
    assert_eq!(cards.len(), 1);
    let card = &cards[0];
    assert_eq!(card.tag_names, ["投资人, VIP", "RustConf; 2025"]);
    assert_eq!(
        card.portrait,
        Some(PhotoData {
            mime: photo.mime.clone(),
            bytes: photo.bytes.clone()
        })
    );

    // App-only fields are not in a vCard; everything else must match.
    let mut expected = contact.clone();
    expected.id = ContactId::default();
    expected.revision = 0;
    expected.created = 0;
    expected.updated = 0;
    expected.tags.clear();
    expected.portrait = None;
    assert_eq!(card.contact, expected, "{text}");
}

#[test]
fn writes_what_phones_expect() {
    let (contact, tags, photo) = full_contact();
    let text = write_vcard(&contact, &tags, Some(&photo));
    let unfolded = text.replace("\r\n ", "");
    for expected in [
        "N:张;伟;a\\,b;Dr.\\;;PhD\\\\\r\n",
        "NICKNAME:老张\\, 深圳\\; 🎉\r\n",
        "X-MINGPIAN-ALIAS:老张\\, 深圳\\; 🎉\r\n",
        "TEL;TYPE=CELL:+86 138 0013 8000\r\n",
        "EMAIL;TYPE=INTERNET,WORK:zw@tengyun.example.cn\r\n",
        "X-WECHAT:zhangwei_88\r\n",
        "X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/zhangwei\r\n",
        "X-SOCIALPROFILE;TYPE=\"x;twitter\":https://x.com/zw\r\n",
        "CATEGORIES:投资人\\, VIP,RustConf\\; 2025\r\n",
        "PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgogZmFrZQ==\r\n",
    ] {
        assert!(
            unfolded.contains(expected),
            "missing {expected:?} in\n{text}"
        );
    }
}

#[test]
fn many_contacts_in_one_file() {
    let (a, tags, photo) = full_contact();
    let mut b = Contact::new("c2", 0);
    b.name.formatted = "Jane Doe".into();
    b.portrait = Some("missing".into());
    let text = write_vcards([&a, &b], &tags, std::slice::from_ref(&photo));
    let cards = read_vcards_str(&text).unwrap();
    assert_eq!(cards.len(), 2);
    assert!(cards[0].portrait.is_some());
    assert_eq!(cards[1].contact.name.formatted, "Jane Doe");
    assert!(cards[1].portrait.is_none());
}
