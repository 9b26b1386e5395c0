//! My card › the live QR code(s): the card's own code, the user's WeChat
//! code beside it, what they hold, and a warning when the card is too long.

use leptos::html;
use leptos::prelude::*;

use crate::context::use_i18n;
use crate::i18n::{Locale, Text};
use crate::model::{CardField, MyCard, QrMatrix, QrTooLong};

/// Everything the page draws from one card, computed once per change.
#[derive(Clone, Debug, PartialEq)]
pub struct CardCodes {
    /// The name shown under the code: the person's, else the card's label.
    pub name: String,
    /// The code's text (vCard or MECARD).
    pub text: String,
    /// `None` while the card is blank.
    pub card: Option<Result<QrMatrix, QrTooLong>>,
    /// What to shorten when the code is dense or too long.
    pub shorten: Vec<CardField>,
    pub wechat: Option<QrMatrix>,
}

impl CardCodes {
    pub fn of(card: &MyCard) -> CardCodes {
        let text = card.qr_text();
        let name = card.display_name();
        CardCodes {
            name: if name.is_empty() { card.label.trim().to_owned() } else { name },
            card: (!card.is_blank()).then(|| QrMatrix::encode(&text)),
            text,
            shorten: card.fields_to_shorten(),
            // A WeChat link is short: it always fits.
            wechat: Some(card.wechat_link.trim())
                .filter(|l| !l.is_empty())
                .and_then(|l| QrMatrix::encode(l).ok()),
        }
    }

    pub fn matrix(&self) -> Option<&QrMatrix> {
        self.card.as_ref().and_then(|c| c.as_ref().ok())
    }
}

/// A QR code as inline SVG: one path of black runs on a white square,
/// quiet zone included, scaled by CSS without blurring.
#[component]
pub fn QrSvg(matrix: QrMatrix, #[prop(into)] label: String) -> impl IntoView {
    let size = matrix.size_with_quiet_zone();
    view! {
        <svg
            class="qr-code"
            xmlns="http://www.w3.org/2000/svg"
            viewBox=format!("0 0 {size} {size}")
            shape-rendering="crispEdges"
            role="img"
            aria-label=label
        >
            <rect width=size height=size fill="#fff"/>
            <path fill="#000" d=matrix.svg_path()/>
        </svg>
    }
}

/// "phone numbers, the line about you" in the interface's language.
pub fn describe_fields(locale: Locale, fields: &[CardField]) -> String {
    let names: Vec<&str> = fields.iter().map(|f| locale.text(field_text(*f))).collect();
    // Chinese lists take the enumeration comma, not a Latin one.
    let separator = match locale {
        Locale::En => ", ",
        Locale::ZhHans => "、",
    };
    names.join(separator)
}

fn field_text(field: CardField) -> Text {
    match field {
        CardField::Name => Text::MyCardFieldName,
        CardField::Title => Text::MyCardFieldTitle,
        CardField::Organization => Text::MyCardFieldOrganization,
        CardField::Phones => Text::MyCardFieldPhones,
        CardField::Emails => Text::MyCardFieldEmails,
        CardField::WechatId => Text::MyCardFieldWechatId,
        CardField::Links => Text::MyCardFieldLinks,
        CardField::About => Text::MyCardFieldAbout,
    }
}

/// The code panel, with the button that opens show mode.
#[component]
pub fn MyCardCode(
    codes: Memo<CardCodes>,
    /// Set to open show mode.
    show: RwSignal<bool>,
    /// The "Show full screen" button, where focus returns after show mode.
    show_button: NodeRef<html::Button>,
    /// Whether the card uses the shorter MECARD format already.
    short_code: Signal<bool>,
) -> impl IntoView {
    let t = use_i18n();
    let has_code = move || codes.with(|c| c.matrix().is_some());
    let codes_view = move || {
        let locale = t.locale.get();
        let c = codes.get();
        let card_figure = c.matrix().cloned().map(|matrix| {
            let label = locale.fill(Text::MyCardCodeAlt, &[("name", &c.name)]);
            view! {
                <figure class="my-card-figure">
                    <QrSvg matrix label/>
                    <figcaption>{locale.text(Text::MyCardScanToAdd)}</figcaption>
                </figure>
            }
        });
        let wechat_figure = c.wechat.clone().map(|matrix| {
            let label = locale.fill(Text::MyCardWechatCodeAlt, &[("name", &c.name)]);
            view! {
                <figure class="my-card-figure">
                    <QrSvg matrix label/>
                    <figcaption>{locale.text(Text::MyCardScanWechat)}</figcaption>
                </figure>
            }
        });
        view! { <div class="my-card-codes">{card_figure}{wechat_figure}</div> }
    };
    let details = move || {
        let locale = t.locale.get();
        codes.with(|c| match &c.card {
            None => view! { <p class="help">{locale.text(Text::MyCardCodeEmpty)}</p> }.into_any(),
            Some(Err(QrTooLong)) => {
                let fields = describe_fields(locale, &c.shorten);
                view! { <p class="notice error" role="alert">{locale.fill(Text::MyCardTooLong, &[("fields", &fields)])}</p> }.into_any()
            }
            Some(Ok(matrix)) => {
                let level = format!("{:?}", matrix.ecc());
                let info = locale.fill(Text::MyCardCodeInfo, &[
                    ("version", &matrix.version().to_string()),
                    ("level", &level),
                    ("bytes", &c.text.len().to_string()),
                ]);
                let warning = matrix.is_dense().then(|| {
                    let fields = describe_fields(locale, &c.shorten);
                    let text = locale.fill(Text::MyCardDense, &[
                        ("version", &matrix.version().to_string()),
                        ("fields", &fields),
                    ]);
                    let try_short = (!short_code.get()).then(|| format!(" {}", locale.text(Text::MyCardDenseTryShort)));
                    view! { <p class="notice my-card-warning">{text}{try_short}</p> }
                });
                view! { <p class="help my-card-info">{info}</p> {warning} }.into_any()
            }
        })
    };

    view! {
        <section class="card my-card-code" aria-labelledby="my-card-code-heading">
            <h2 id="my-card-code-heading">{t.t(Text::MyCardCodeHeading)}</h2>
            {codes_view}
            {details}
            <button
                type="button"
                class="button primary"
                node_ref=show_button
                prop:disabled=move || !has_code()
                on:click=move |_| show.set(true)
            >
                {t.t(Text::MyCardShow)}
            </button>
        </section>
    }
}
