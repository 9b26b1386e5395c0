//! Real-world exports (hand-written to match what each app writes) in
//! `tests/fixtures/vcard/`.

use super::*;
use crate::model::{PhoneKind, PlaceKind, WebLink};

macro_rules! fixture {
    ($name:literal) => {
        read_vcards(include_bytes!(concat!(
            "../../../tests/fixtures/vcard/",
            $name
        )))
        .unwrap_or_else(|e| panic!("{}: {e}", $name))
    };
}

fn extra_names(card: &ImportedCard) -> Vec<String> {
    card.contact
        .vcard_extra
        .iter()
        .map(|p| format!("{}.{}", p.group, p.name))
        .collect()
}

#[test]
fn iphone_3_0() {
    let cards = fixture!("iphone.vcf");
    assert_eq!(cards.len(), 2);
    let c = &cards[0].contact;
    assert_eq!(c.name.formatted, "张伟");
    assert_eq!(
        (c.name.family.as_str(), c.name.given.as_str()),
        ("张", "伟")
    );
    assert_eq!(c.alias, "老张");
    assert_eq!(c.organization, "深圳市腾云科技有限公司");
    assert_eq!(c.department, "产品部");
    assert_eq!(c.title, "产品总监");
    assert_eq!(c.phones.len(), 3);
    assert_eq!(
        (c.phones[0].kind, c.phones[0].number.as_str()),
        (PhoneKind::Cell, "+86 138 0013 8000")
    );
    assert_eq!(c.phones[1].kind, PhoneKind::Work);
    assert_eq!(
        (c.phones[2].kind, c.phones[2].label.as_str()),
        (PhoneKind::Other, "前台")
    );
    assert_eq!(c.emails[0].address, "zhangwei@tengyun.example.cn");
    assert_eq!(c.addresses[0].kind, PlaceKind::Work);
    assert_eq!(c.addresses[0].street, "科技园南区深南大道 10000 号");
    assert_eq!(c.addresses[0].postal_code, "518057");
    assert_eq!(
        c.urls,
        vec![WebLink {
            url: "https://www.tengyun.example.cn".into(),
            label: "HomePage".into()
        }]
    );
    assert_eq!(c.linkedin, "http://www.linkedin.com/in/zhangwei-pm");
    assert_eq!(c.wechat_id, "zhangwei_88");
    assert_eq!(
        c.description,
        "在 2024 深圳创业周认识\n对跨境支付感兴趣, 想合作"
    );
    let photo = cards[0].portrait.as_ref().expect("photo");
    assert_eq!(photo.mime, "image/jpeg");
    assert_eq!(&photo.bytes[..3], &[0xFF, 0xD8, 0xFF]);
    // Unknown properties are kept, labels with them; the used labels are not.
    assert_eq!(
        extra_names(&cards[0]),
        [
            "item3.X-ABADR",
            "item5.X-ABDATE",
            ".BDAY",
            ".X-IMAGETYPE",
            "item5.X-ABLabel"
        ]
    );

    let jane = &cards[1].contact;
    assert_eq!(jane.name.prefix, "Dr.");
    assert_eq!(jane.name.additional, "Quinn");
    assert_eq!(jane.name.suffix, "PhD");
    assert_eq!(jane.organization, "Acme Robotics, Inc.");
    assert_eq!(jane.phones[0].label, "Assistant");
    assert_eq!(jane.phones[1].kind, PhoneKind::Cell);
    assert_eq!(jane.emails[0].kind, PlaceKind::Work);
    assert_eq!(jane.profiles[0].service, "twitter");
    assert_eq!(jane.display_name(), "Dr. Jane Quinn Doe PhD");
}

#[test]
fn android_2_1_quoted_printable_utf8() {
    let cards = fixture!("android.vcf");
    assert_eq!(cards.len(), 2);
    let c = &cards[0].contact;
    assert_eq!(c.name.formatted, "李娜");
    assert_eq!(c.name.family, "李");
    assert_eq!(c.organization, "华东渠道有限公司");
    assert_eq!(c.title, "渠道经理");
    assert_eq!(c.addresses[0].street, "浦东新区世纪大道 100 号");
    assert_eq!(c.addresses[0].locality, "上海");
    assert_eq!(c.addresses[0].country, "中国");
    assert_eq!(
        c.description,
        "2024年3月在上海 AI 大会认识。负责华东区渠道，想了解我们的 SaaS 方案；下周二约咖啡。\n她的助理：小王"
    );
    let kinds: Vec<PhoneKind> = c.phones.iter().map(|p| p.kind).collect();
    assert_eq!(kinds, [PhoneKind::Cell, PhoneKind::Work, PhoneKind::Fax]);
    assert_eq!(c.emails[0].kind, PlaceKind::Work);
    assert_eq!(c.wechat_qr, "https://u.wechat.com/EJq2lina_x");
    assert!(c.urls.is_empty());
    assert_eq!(cards[0].portrait.as_ref().unwrap().mime, "image/jpeg");
    assert_eq!(extra_names(&cards[0]), [".X-ANDROID-CUSTOM"]);
    assert_eq!(
        c.vcard_extra[0].value,
        "vnd.android.cursor.item/nickname;Nana;1;;;;;;;;;;;;;"
    );

    let john = &cards[1].contact;
    assert_eq!(john.display_name(), "John Smith");
    assert_eq!(john.wechat_id, "johnsmith_sf");
    assert_eq!(john.emails[0].kind, PlaceKind::Home);
}

#[test]
fn gbk_quoted_printable_and_raw_bytes() {
    let cards = fixture!("android_gbk.vcf");
    assert_eq!(cards.len(), 2);
    let c = &cards[0].contact;
    assert_eq!(c.name.formatted, "张伟");
    assert_eq!(
        (c.name.family.as_str(), c.name.given.as_str()),
        ("张", "伟")
    );
    assert_eq!(c.organization, "广州云图信息技术有限公司");
    assert_eq!(c.description, "广交会上交换的名片，做外贸物流的，很靠谱。");
    // No CHARSET at all: GBK bytes are recognised as not UTF-8.
    let c = &cards[1].contact;
    assert_eq!(c.name.formatted, "王芳");
    assert_eq!(c.name.given, "芳");
    assert_eq!(c.organization, "杭州西湖茶业");
    assert_eq!(c.phones[0].number, "13600001111");
}

#[test]
fn google_contacts_3_0() {
    let cards = fixture!("google.vcf");
    assert_eq!(cards.len(), 1);
    let card = &cards[0];
    let c = &card.contact;
    assert_eq!(c.display_name(), "Jing");
    assert_eq!(c.name.formatted, "陈静");
    assert_eq!(c.emails.len(), 2);
    assert_eq!(c.emails[0].kind, PlaceKind::Work);
    assert_eq!(c.emails[1].kind, PlaceKind::Other);
    assert_eq!(c.addresses[0].kind, PlaceKind::Home);
    // Google escapes the colon in URLs.
    assert_eq!(c.linkedin, "https://www.linkedin.com/in/chenjing-vc");
    assert_eq!(c.wechat_qr, "https://u.wechat.com/kFz9Ab_cd");
    assert_eq!(
        c.urls,
        vec![WebLink {
            url: "https://xingchen-capital.example.com".into(),
            label: "Company".into()
        }]
    );
    assert_eq!(card.tag_names, ["myContacts", "投资人", "starred"]);
    assert_eq!(
        c.description,
        "Series A 领投, 关注 SaaS 与出海; 2024-11 在北京见过"
    );
    // A photo by URL is not fetched, only kept.
    assert!(card.portrait.is_none());
    assert_eq!(extra_names(card), [".PHOTO"]);
    assert!(c.vcard_extra[0]
        .value
        .starts_with("https://lh3.googleusercontent.com/"));
}

#[test]
fn outlook_2_1() {
    let cards = fixture!("outlook.vcf");
    assert_eq!(cards.len(), 2);
    let c = &cards[0].contact;
    assert_eq!(c.name.formatted, "Michael Wong");
    assert_eq!(c.organization, "Harbour Analytics Ltd.");
    assert_eq!(c.department, "Research");
    let kinds: Vec<PhoneKind> = c.phones.iter().map(|p| p.kind).collect();
    assert_eq!(kinds, [PhoneKind::Work, PhoneKind::Cell, PhoneKind::Fax]);
    assert_eq!(c.addresses[0].region, "Hong Kong");
    assert_eq!(c.urls[0].url, "http://www.harbour-analytics.example.com");
    assert_eq!(
        c.emails[0].address,
        "michael.wong@harbour-analytics.example.com"
    );
    assert_eq!(cards[0].portrait.as_ref().unwrap().mime, "image/jpeg");
    assert_eq!(
        extra_names(&cards[0]),
        [
            ".LABEL",
            ".X-MS-OL-DEFAULT-POSTAL-ADDRESS",
            ".X-MS-IMADDRESS",
            ".X-MS-OL-DESIGN",
            ".REV"
        ]
    );
    // QP decoded, so the kept LABEL no longer claims to be quoted-printable.
    let label = &c.vcard_extra[0];
    assert_eq!(label.value, "88 Queensway\r\nAdmiralty, Hong Kong");
    assert!(label
        .params
        .iter()
        .all(|p| !p.name.eq_ignore_ascii_case("ENCODING")));

    let c = &cards[1].contact;
    assert_eq!(c.name.formatted, "刘洋");
    assert_eq!(c.organization, "中信证券");
    assert_eq!(c.department, "投资银行部");
    assert_eq!(c.description, "负责 IPO 项目\n微信同手机号");
}

#[test]
fn thunderbird_4_0() {
    let cards = fixture!("thunderbird.vcf");
    assert_eq!(cards.len(), 1);
    let c = &cards[0].contact;
    assert_eq!(c.name.formatted, "Dr. Anna Müller");
    assert_eq!(c.name.family, "Müller");
    assert_eq!(c.phones[0].kind, PhoneKind::Work);
    assert_eq!(
        (c.phones[1].kind, c.phones[1].number.as_str()),
        (PhoneKind::Cell, "+49-171-2345678")
    );
    assert_eq!(c.emails[1].kind, PlaceKind::Home);
    assert_eq!(c.addresses[0].street, "Friedrichstraße 123");
    assert_eq!(
        c.description,
        "Met at Bits & Pretzels, Munich.\nWants a demo in Q3."
    );
    assert_eq!(c.profiles[0].service, "github");
    let photo = cards[0].portrait.as_ref().unwrap();
    assert_eq!(photo.mime, "image/png");
    assert_eq!(&photo.bytes[1..4], b"PNG");
    assert_eq!(extra_names(&cards[0]), [".UID", ".BDAY"]);
}

#[test]
fn big5_and_shift_jis() {
    let cards = fixture!("legacy_charsets.vcf");
    assert_eq!(cards[0].contact.name.formatted, "林志明");
    assert_eq!(cards[0].contact.name.given, "志明");
    assert_eq!(cards[0].contact.organization, "臺灣積體電路");
    assert_eq!(cards[1].contact.name.formatted, "田中太郎");
    assert_eq!(cards[1].contact.name.family, "田中");
}

#[test]
fn every_fixture_survives_export_and_reimport() {
    let files: [&[u8]; 7] = [
        include_bytes!("../../../tests/fixtures/vcard/iphone.vcf"),
        include_bytes!("../../../tests/fixtures/vcard/android.vcf"),
        include_bytes!("../../../tests/fixtures/vcard/android_gbk.vcf"),
        include_bytes!("../../../tests/fixtures/vcard/google.vcf"),
        include_bytes!("../../../tests/fixtures/vcard/outlook.vcf"),
        include_bytes!("../../../tests/fixtures/vcard/thunderbird.vcf"),
        include_bytes!("../../../tests/fixtures/vcard/legacy_charsets.vcf"),
    ];
    for file in files {
        for card in read_vcards(file).unwrap() {
            let portrait = card.portrait.clone().map(|p| p.into_photo("p".into()));
            let text = write_vcard(&card.contact, &[], portrait.as_ref());
            let again = read_vcards_str(&text).unwrap().remove(0);
            let mut expected = card.contact.clone();
            // Raw line breaks in kept values come back as the `\n` escape.
            for prop in &mut expected.vcard_extra {
                prop.value = prop.value.replace("\r\n", "\\n");
            }
            if expected.name.formatted.is_empty() {
                expected.name.formatted = expected.display_name();
            }
            assert_eq!(again.contact, expected, "{text}");
            assert_eq!(again.portrait, card.portrait);
        }
    }
}
