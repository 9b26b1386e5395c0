//! Decoder benchmark: black-box hit counts and timings, plus camera-frame cost.
//!
//! ```text
//! CARGO_TARGET_DIR=/work/target-decoder cargo run --release --example decoder_bench -- \
//!     [--data ../shared/data/qr-blackbox] [--frames 200] [--ablation] [--misses]
//! ```
//!
//! Prints, measured in one run: rqrr alone on each image as it is (the
//! README's reference method), the pipeline in `Camera` and `Picture` effort,
//! then the median time per 1280x720 camera frame with and without a code,
//! and a Markdown table for the README's Performance section.
//! `--ablation` adds one row per picture-mode stage switched off.
//! `--misses` lists the images the picture mode does not read.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::Instant;

use mingpian::decoder::{decode_view, Effort, GrayView, Pass, Plan};

#[path = "../tests/decoder_scene.rs"]
#[allow(dead_code)]
mod scene;

struct Sample {
    path: PathBuf,
    w: usize,
    h: usize,
    luma: Vec<u8>,
    expected: String,
}

/// Line endings to `\n`, trailing spaces dropped (per line and at the end).
fn normalise(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = s.split('\n').map(|l| l.trim_end_matches(' ')).collect();
    lines.join("\n").trim_end().to_string()
}

fn load(dir: &Path) -> Vec<Sample> {
    let mut out = Vec::new();
    for set in 1..=6 {
        let folder = dir.join(format!("qrcode-{set}"));
        let Ok(entries) = std::fs::read_dir(&folder) else { continue };
        let mut pngs: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "png"))
            .collect();
        pngs.sort();
        for path in pngs {
            let Ok(expected) = std::fs::read_to_string(path.with_extension("txt")) else { continue };
            let img = image::open(&path).expect("readable image").to_luma8();
            out.push(Sample {
                w: img.width() as usize,
                h: img.height() as usize,
                luma: img.into_raw(),
                expected: normalise(&expected),
                path,
            });
        }
    }
    out
}

/// rqrr 0.11 alone, image as it is: its own threshold, `Grid::decode` (UTF-8).
fn rqrr_alone(s: &Sample) -> Option<Vec<String>> {
    catch_unwind(AssertUnwindSafe(|| {
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(s.w, s.h, |x, y| s.luma[y * s.w + x]);
        img.detect_grids()
            .iter()
            .filter_map(|g| g.decode().ok().map(|(_, t)| t))
            .collect()
    }))
    .ok()
}

struct Run {
    name: String,
    hits: usize,
    panics: usize,
    panicked: Vec<PathBuf>,
    times: Vec<f64>,
    missed: Vec<PathBuf>,
}

impl Run {
    fn mean(&self) -> f64 {
        self.times.iter().sum::<f64>() / self.times.len().max(1) as f64
    }
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        0.0
    } else {
        v[v.len() / 2]
    }
}

fn measure(name: &str, samples: &[Sample], f: impl Fn(&Sample) -> Option<Vec<String>>) -> Run {
    let mut run = Run {
        name: name.to_string(),
        hits: 0,
        panics: 0,
        panicked: Vec::new(),
        times: Vec::new(),
        missed: Vec::new(),
    };
    for s in samples {
        let t = Instant::now();
        let texts = f(s);
        run.times.push(t.elapsed().as_secs_f64() * 1e3);
        match texts {
            None => {
                run.panics += 1;
                run.panicked.push(s.path.clone());
                run.missed.push(s.path.clone());
            }
            Some(texts) if texts.iter().any(|t| normalise(t) == s.expected) => run.hits += 1,
            Some(_) => run.missed.push(s.path.clone()),
        }
    }
    run
}

fn pipeline(plan: &Plan) -> impl Fn(&Sample) -> Option<Vec<String>> + '_ {
    move |s| {
        let view = GrayView::new(s.w, s.h, &s.luma).expect("consistent buffer");
        Some(decode_view(view, plan).into_iter().map(|c| c.text).collect())
    }
}

/// 1280x720 frames: desk-like backgrounds, half of them with a business-card
/// code in perspective.
fn frames(count: usize, with_code: bool) -> Vec<scene::Gray> {
    let text = "MECARD:N:Wang,Fang;ORG:Mingpian;TEL:+8613800138000;EMAIL:fang@example.com;;";
    let code = scene::render(text, 6);
    (0..count)
        .map(|i| {
            let mut f = scene::background(1280, 720, i as u64 + 1);
            if with_code {
                let dx = (i % 5) as f64 * 40.0;
                let quad = [
                    (420.0 + dx, 150.0),
                    (820.0 + dx, 170.0),
                    (800.0 + dx, 580.0),
                    (430.0 + dx, 560.0),
                ];
                scene::warp_into(&mut f, &code, quad);
                scene::add_noise(&mut f, 4, i as u64 + 99);
            }
            f
        })
        .collect()
}

fn frame_times(frames: &[scene::Gray], rounds: usize, plan: &Plan) -> (f64, usize) {
    let mut times = Vec::new();
    let mut decoded = 0;
    for _ in 0..rounds {
        for f in frames {
            let view = GrayView::new(f.w, f.h, &f.px).expect("frame");
            let t = Instant::now();
            let codes = decode_view(view, plan);
            times.push(t.elapsed().as_secs_f64() * 1e3);
            decoded += usize::from(!codes.is_empty());
        }
    }
    (median(&times), decoded)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg_value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let data = PathBuf::from(arg_value("--data").unwrap_or_else(|| "../shared/data/qr-blackbox".into()));
    let n_frames: usize = arg_value("--frames").and_then(|v| v.parse().ok()).unwrap_or(200);
    let ablation = args.iter().any(|a| a == "--ablation");
    let show_misses = args.iter().any(|a| a == "--misses");

    // rqrr's panics would otherwise flood stderr; they are counted instead.
    std::panic::set_hook(Box::new(|_| {}));

    let samples = load(&data);
    let total = samples.len();
    let mut runs = Vec::new();
    if total == 0 {
        println!("no black-box images under {} (pass --data DIR); frames only", data.display());
    } else {
        runs.push(measure("rqrr 0.11 alone, image as it is", &samples, rqrr_alone));
        let camera = Effort::Camera.plan();
        runs.push(measure("pipeline, Effort::Camera", &samples, pipeline(&camera)));
        let picture = Effort::Picture.plan();
        runs.push(measure("pipeline, Effort::Picture", &samples, pipeline(&picture)));
        if ablation {
            for (name, plan) in ablations() {
                runs.push(measure(&name, &samples, pipeline(&plan)));
            }
        }
    }

    let camera = Effort::Camera.plan();
    let without = frames(n_frames.clamp(1, 20), false);
    let with = frames(n_frames.clamp(1, 20), true);
    let rounds = (n_frames / without.len()).max(1);
    let (t_without, false_reads) = frame_times(&without, rounds, &camera);
    let (t_with, reads) = frame_times(&with, rounds, &camera);
    let n = rounds * without.len();

    println!("\n| decoder | decoded | mean ms / image | median ms / image |");
    println!("|---|---|---|---|");
    for r in &runs {
        let panics = if r.panics > 0 {
            format!(" ({} panicked, caught)", r.panics)
        } else {
            String::new()
        };
        println!(
            "| {} | {} / {}{} | {:.2} | {:.2} |",
            r.name,
            r.hits,
            total,
            panics,
            r.mean(),
            median(&r.times)
        );
    }
    println!("\n| 1280x720 camera frame, Effort::Camera | median ms | frames decoded |");
    println!("|---|---|---|");
    println!("| without a code | {t_without:.2} | {false_reads} / {n} |");
    println!("| with a code | {t_with:.2} | {reads} / {n} |");

    for r in runs.iter().filter(|r| !r.panicked.is_empty()) {
        println!("\npanicked in \"{}\" (caught): {:?}", r.name, r.panicked);
    }
    if show_misses {
        if let Some(r) = runs.iter().find(|r| r.name.ends_with("Picture")) {
            println!("\nnot read in picture mode:");
            for p in &r.missed {
                println!("  {}", p.display());
            }
        }
    }
}

/// Picture mode with one stage removed at a time.
fn ablations() -> Vec<(String, Plan)> {
    let base = Effort::Picture.plan();
    let mut out = Vec::new();
    let mut add = |name: &str, f: &dyn Fn(&mut Plan)| {
        let mut p = base.clone();
        f(&mut p);
        out.push((format!("Picture without {name}"), p));
    };
    add("re-sampling misses", &|p| p.reread_misses = false);
    add("full-res crop of misses", &|p| p.crop_misses = false);
    add("enlarged view", &|p| p.enlarged = false);
    add("halved view", &|p| p.halved = false);
    add("full-resolution view", &|p| p.full_resolution = false);
    for pass in [
        Pass::Native,
        Pass::BlockMean,
        Pass::Sauvola,
        Pass::Otsu,
        Pass::BlockMeanInverted,
        Pass::NativeInverted,
    ] {
        add(&format!("{pass:?} pass"), &|p| p.passes.retain(|q| *q != pass));
    }
    add("early stop", &|p| p.stop_early = false);
    let mut only = base.clone();
    only.passes = vec![Pass::Native];
    only.reread_misses = false;
    only.crop_misses = false;
    only.enlarged = false;
    only.halved = false;
    out.push(("Picture plan with the Native pass only".into(), only));
    out
}
