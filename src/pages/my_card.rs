//! `/card`: the user's own cards. Editing on one side, the live QR code on
//! the other; show mode, the WeChat code, saving, sharing and printing below.

use leptos::html;
use leptos::prelude::*;

use crate::components::{
    CardCodes, LoadStatus, MyCardCode, MyCardEditor, MyCardPicker, MyCardPrintView, MyCardShare,
    MyCardShow, MyCardState, MyCardWechat,
};
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::{CardFormat, MyCard};

#[component]
pub fn MyCardPage() -> impl IntoView {
    let t = use_i18n();
    let state = MyCardState::start(t.locale);
    let codes = Memo::new(move |_| {
        state
            .current
            .with(|c| c.as_ref().map(CardCodes::of))
            .unwrap_or_else(|| CardCodes::of(&MyCard::default()))
    });
    let short_code = Signal::derive(move || {
        state.current.with(|c| c.as_ref().is_some_and(|c| c.format == CardFormat::Mecard))
    });
    let show = RwSignal::new(false);
    let show_button = NodeRef::<html::Button>::new();

    view! {
        <div class="my-card-page">
            <h1>{t.t(Text::NavMyCard)}</h1>
            <p class="lead">{t.t(Text::MyCardIntro)}</p>
            {move || match state.load.get() {
                LoadStatus::Loading => view! { <p class="lead" role="status">{t.t(Text::MyCardLoading)}</p> }.into_any(),
                LoadStatus::Failed(text) => view! { <p class="notice error" role="alert">{text}</p> }.into_any(),
                LoadStatus::Ready => view! {
                    <MyCardPicker state/>
                    <div class="my-card-layout">
                        <MyCardCode codes show show_button short_code/>
                        <MyCardEditor state/>
                    </div>
                    <MyCardWechat state/>
                    <MyCardShare codes current=state.current/>
                    <MyCardShow codes open=show return_focus=show_button/>
                    <MyCardPrintView codes current=state.current/>
                }.into_any(),
            }}
        </div>
    }
}
