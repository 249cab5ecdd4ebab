//! Networks of cities, through HTTP as their people would use them: a
//! network invites cities, cities accept and share closed consultations, and
//! every indicator value on the network's dashboard, in its CSV and in its
//! API equals an independent computation from the cities' own published
//! figures. Isolation between network, members and outsiders; the library;
//! the public page; Frictionless Data Packages checked by `frictionless`.

use crate::helpers::walk_as;
use crate::helpers::{Browser, Options, TempDir, backends, say, spawn_app_with};
use crate::helpers::{PASSWORD, bootstrap, create_consultation_with, hidden, post_admin, sign_in};
use childvoice::domain::Audience;
use serde_json::Value;
use std::collections::BTreeMap;

async fn get_json(b: &Browser, path: &str, token: Option<&str>) -> (u16, Value) {
    let mut req = b.client.get(b.url(path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.expect("request");
    let status = res.status().as_u16();
    let text = res.text().await.expect("body");
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

/// An API token made by an owner at /admin/api.
async fn token(owner: &Browser, name: &str) -> String {
    let made = post_admin(owner, "/admin/api", "/admin/api", &[("name", name)]).await;
    assert_eq!(made.status, 200, "{}", made.html);
    made.text_of("code#new-token").expect("token")
}

async fn set_state(owner: &Browser, id: i32, to: &str) {
    let detail = format!("/admin/consultations/{id}");
    let res = post_admin(owner, &format!("{detail}/state"), &detail, &[("to", to)]).await;
    assert_eq!(res.status, 303, "{to}: {}", res.html);
}

async fn share(owner: &Browser, id: i32, network: &str, yes: bool) -> u16 {
    // The CSRF token of the session, from a page every officer may open.
    post_admin(
        owner,
        &format!("/admin/consultations/{id}/networks"),
        "/admin",
        &[("network", network), ("share", if yes { "yes" } else { "no" })],
    )
    .await
    .status
}

/// The answer keys of each indicator, per audience, as the bank defines them
/// (written out here, not read from the code under test).
fn counting(indicator: &str, audience: Audience) -> Vec<&'static str> {
    match (indicator, audience) {
        ("cfc.safe-journey", Audience::Age5to8) => vec!["3"],
        ("cfc.safe-journey", _) => vec!["4", "5"],
        ("cfc.independent-mobility", _) => vec!["yes"],
        _ => panic!("journeys measures no {indicator}"),
    }
}

/// Questions of `journeys` tagged with an indicator, and the audiences both apply to.
const TAGGED: [(&str, &str, &[Audience]); 2] = [
    (
        "journey-feeling",
        "cfc.safe-journey",
        &[Audience::Age5to8, Audience::Age9to12, Audience::Age13to17, Audience::Parent],
    ),
    ("allowed-alone", "cfc.independent-mobility", &[Audience::Age9to12, Audience::Age13to17, Audience::Parent]),
];

/// Wilson's 95% score interval, written out independently of the service.
fn wilson(x: f64, n: f64) -> (f64, f64) {
    let z: f64 = 1.959_963_984_540_054;
    let p = x / n;
    let d = 1.0 + z * z / n;
    let c = (p + z * z / (2.0 * n)) / d;
    let h = z * ((p * (1.0 - p) + z * z / (4.0 * n)) / n).sqrt() / d;
    ((c - h).max(0.0), (c + h).min(1.0))
}

/// (x, n) from a city's published results, or None when a figure it needs is hidden.
type Expected = BTreeMap<(String, String, String), Option<(u64, u64)>>;

fn expected_from(results: &Value, consultation: &str, k: u64, audiences: &[Audience], into: &mut Expected) {
    for (question, indicator, applies) in TAGGED {
        for a in audiences.iter().filter(|a| applies.contains(a)) {
            let table = results["results"]["questions"]
                .as_array()
                .unwrap()
                .iter()
                .find(|q| q["question"] == question)
                .and_then(|q| q["audiences"].as_array().unwrap().iter().find(|x| x["audience"] == a.as_str()))
                .map(|x| x["table"]["rows"].as_array().unwrap().clone());
            let value = table.and_then(|rows| {
                let mut x = 0;
                let mut n = 0;
                for r in rows.iter().filter(|r| r["key"] != "-") {
                    let c = r["count"].as_u64()?;
                    n += c;
                    if counting(indicator, *a).contains(&r["key"].as_str().unwrap()) {
                        x += c;
                    }
                }
                (n >= k).then_some((x, n))
            });
            into.insert((consultation.to_owned(), indicator.to_owned(), a.as_str().to_owned()), value);
        }
    }
}

/// The `frictionless` validator (PyPI): on PATH, or where `.ci/run` installs it.
fn frictionless() -> Option<std::path::PathBuf> {
    let local = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/frictionless/bin/frictionless");
    if local.is_file() {
        return Some(local);
    }
    std::process::Command::new("frictionless").arg("--version").output().ok().filter(|o| o.status.success())?;
    Some("frictionless".into())
}

/// Downloads a data package and its resources into a folder and validates it.
async fn validate_package(b: &Browser, base: &str, resources: &[&str]) -> Option<String> {
    let dir = TempDir::new();
    for file in std::iter::once("datapackage.json").chain(resources.iter().copied()) {
        let res = b.client.get(b.url(&format!("{base}/{file}"))).send().await.expect("download");
        assert_eq!(res.status().as_u16(), 200, "{base}/{file}");
        std::fs::write(dir.0.join(file), res.bytes().await.expect("body")).expect("write");
    }
    let Some(tool) = frictionless() else {
        assert!(
            std::env::var_os("CHILDVOICE_REQUIRE_FRICTIONLESS").is_none(),
            "frictionless is required (pip install frictionless)"
        );
        say("frictionless not installed: data packages not validated (pip install frictionless)");
        return None;
    };
    let out = std::process::Command::new(tool)
        .args(["validate", "--json", "datapackage.json"])
        .current_dir(&dir.0)
        .output()
        .expect("run frictionless");
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "frictionless validate {base}: {report}{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_str(&report).expect("frictionless --json");
    assert_eq!(json["valid"], true, "{report}");
    Some(report)
}

#[tokio::test]
async fn a_network_of_three_cities_sees_the_same_indicators_everywhere_as_an_independent_computation() {
    for backend in backends() {
        let app = spawn_app_with(backend, Options { many_sign_ins: true, ..Default::default() }).await;
        let (ok, out) = app.cli(&["admin", "create-network", "Child Friendly Cities", "--slug", "cfc"], None);
        assert!(ok, "{out}");
        let (ok, out) = app.cli(&["admin", "create-network", "Again", "--slug", "cfc"], None);
        assert!(!ok && out.contains("already exists"), "{out}");
        for (email, role) in [("admin@cfc.example", "network-admin"), ("analyst@cfc.example", "network-analyst")] {
            let (ok, out) = app.cli(
                &["admin", "create-user", "--network", "cfc", "--email", email, "--role", role, "--password-stdin"],
                Some(&format!("{PASSWORD}\n")),
            );
            assert!(ok, "{out}");
        }
        let (ok, out) =
            app.cli(&["admin", "create-user", "--network", "cfc", "--email", "x@cfc.example", "--role", "owner"], None);
        assert!(!ok && out.contains("network-admin or network-analyst"), "{out}");
        let cities = ["alpha", "beta", "gamma"];
        for c in cities.iter().chain(&["delta"]) {
            bootstrap(&app, c, &format!("owner@{c}.example"), "owner");
        }
        let net_admin = sign_in(&app, "admin@cfc.example", PASSWORD).await;
        let net_analyst = sign_in(&app, "analyst@cfc.example", PASSWORD).await;

        // The network invites three cities; an unknown id is refused in words.
        let unknown = post_admin(
            &net_admin,
            "/admin/networks/cfc/members",
            "/admin/networks/cfc",
            &[("organisation", "nowhere")],
        )
        .await;
        assert_eq!(unknown.status, 422);
        assert!(unknown.contains(&childvoice::i18n::locales().t("en", "network-error-no-organisation")));
        let by_analyst = post_admin(
            &net_analyst,
            "/admin/networks/cfc/members",
            "/admin/networks/cfc",
            &[("organisation", "alpha")],
        )
        .await;
        assert_eq!(by_analyst.status, 403, "only a network admin invites");
        let mut owners = BTreeMap::new();
        for c in cities {
            let res =
                post_admin(&net_admin, "/admin/networks/cfc/members", "/admin/networks/cfc", &[("organisation", c)])
                    .await;
            assert_eq!(res.status, 303, "{}", res.html);
            let owner = sign_in(&app, &format!("owner@{c}.example"), PASSWORD).await;
            let list = owner.get("/admin/networks").await;
            assert!(list.contains("Child Friendly Cities"), "{}", list.html);
            let accepted = post_admin(&owner, "/admin/networks/cfc/accept", "/admin/networks", &[]).await;
            assert_eq!(accepted.status, 303);
            let audit = owner.get("/admin/audit").await;
            assert!(
                audit.contains("joined the network") && audit.contains("received an invitation to join"),
                "both steps are audited"
            );
            owners.insert(c, owner);
        }
        let outsider = sign_in(&app, "owner@delta.example", PASSWORD).await;
        let network_audit = net_admin.get("/admin/audit").await;
        assert!(network_audit.contains("to the network") && network_audit.contains("a member accepted the invitation"));

        // Two waves per city, closed; each shared by its owner. Beta also runs
        // a consultation it does not share.
        let mut expected = Expected::new();
        let mut ids = BTreeMap::new();
        let mut published = Vec::new();
        for (ci, c) in cities.iter().enumerate() {
            let owner = &owners[c];
            let api = token(owner, "open data").await;
            for wave in 1..=2 {
                let slug = format!("{c}-w{wave}");
                let id = create_consultation_with(owner, "journeys", &slug, &[("k", "3")]).await;
                set_state(owner, id, "open").await;
                let parents = 10 + 3 * ci + 2 * wave;
                for seed in 0..parents {
                    walk_as(&app.new_browser(), "journeys", &slug, None, Audience::Parent, "en", seed + ci, true).await;
                }
                for seed in 0..4 {
                    walk_as(&app.new_browser(), "journeys", &slug, None, Audience::Age9to12, "en", seed, true).await;
                }
                set_state(owner, id, "closed").await;
                assert_eq!(share(owner, id, "cfc", true).await, 303);
                if wave == 1 {
                    let base = format!("/admin/consultations/{id}/publication");
                    let statement = format!("{c}: we heard you and will build safe crossings.");
                    let set = post_admin(owner, &base, &base, &[("statement-en", statement.as_str())]).await;
                    assert_eq!(set.status, 303);
                    let up = post_admin(
                        owner,
                        &format!("/admin/consultations/{id}/updates"),
                        &base,
                        &[("happened", "2027-05-12"), ("update-en", "The first crossing is built.")],
                    )
                    .await;
                    assert_eq!(up.status, 303);
                    set_state(owner, id, "published").await;
                    published.push((slug.clone(), statement));
                }
                let (status, results) =
                    get_json(&app.new_browser(), &format!("/api/v1/consultations/{slug}/results"), Some(&api)).await;
                assert_eq!(status, 200, "{results}");
                expected_from(&results, &slug, 3, &Audience::ALL, &mut expected);
                ids.insert(slug, id);
            }
        }
        let secret = create_consultation_with(&owners["beta"], "journeys", "beta-secret", &[("k", "3")]).await;
        set_state(&owners["beta"], secret, "open").await;
        for seed in 0..6 {
            walk_as(&app.new_browser(), "journeys", "beta-secret", None, Audience::Parent, "en", seed, true).await;
        }
        set_state(&owners["beta"], secret, "closed").await;
        let gamma_audit = owners["gamma"].get("/admin/audit").await;
        assert!(gamma_audit.contains("shared a consultation with a network"), "sharing is audited");

        // The API, with a token of the network's secretariat.
        let net_token = token(&net_admin, "monitoring").await;
        let (status, api) = get_json(&app.new_browser(), "/api/v1/networks/cfc/indicators", Some(&net_token)).await;
        assert_eq!(status, 200, "{api}");
        let values = api["values"].as_array().unwrap();
        let mut from_api = Expected::new();
        let mut shown = 0;
        for v in values {
            let key = (
                v["consultation"].as_str().unwrap().to_owned(),
                v["indicator"].as_str().unwrap().to_owned(),
                v["audience"].as_str().unwrap().to_owned(),
            );
            let got = v["x"].as_u64().zip(v["n"].as_u64());
            if let Some((x, n)) = got {
                shown += 1;
                let (lo, hi) = wilson(x as f64, n as f64);
                assert!((v["share"].as_f64().unwrap() - x as f64 / n as f64).abs() < 1e-12);
                assert!((v["low"].as_f64().unwrap() - lo).abs() < 1e-9, "{v}");
                assert!((v["high"].as_f64().unwrap() - hi).abs() < 1e-9, "{v}");
                assert!(v["missing"].is_null());
            } else {
                assert!(v["missing"] == "fewer-than-k" || v["missing"] == "no-answers", "{v}");
            }
            let fields: Vec<&String> = v.as_object().unwrap().keys().collect();
            assert_eq!(fields.len(), 13, "a value holds nothing else: {fields:?}");
            assert!(from_api.insert(key, got).is_none(), "one value per wave, indicator and audience");
        }
        assert_eq!(from_api, expected, "every API value equals the independent computation, and no other");
        // Which cells of a small city pass k depends on the random record keys
        // of the cell key method, so only "some are shown" is certain; the
        // equality above is the check of every value.
        assert!(shown > 0, "values are shown ({shown})");
        assert!(expected.values().any(Option::is_none), "and small groups stay hidden");
        assert!(!api.to_string().contains("beta-secret"), "an unshared consultation never reaches the network");
        assert!(!api.to_string().contains("walk "), "no free text");
        // The OpenAPI document describes the endpoint and what it answers.
        let (_, doc) = get_json(&app.new_browser(), "/api/openapi.json", None).await;
        assert!(doc["paths"]["/api/v1/networks/{slug}/indicators"]["get"]["responses"]["200"].is_object());
        for (schema, value) in [("NetworkIndicators", &api), ("Point", &values[0])] {
            let s = &doc["components"]["schemas"][schema];
            assert!(s.is_object(), "{schema} is in the document");
            for field in s["required"].as_array().into_iter().flatten() {
                assert!(value.get(field.as_str().unwrap()).is_some(), "{schema}.{field} is in the answer");
            }
            for field in s["properties"].as_object().unwrap().keys() {
                assert!(value.get(field).is_some(), "{schema}.{field} is in the answer");
            }
        }
        let (status, _) =
            get_json(&app.new_browser(), "/api/v1/networks/cfc/indicators", Some(&token(&owners["alpha"], "x").await))
                .await;
        assert_eq!(status, 404, "a member's token does not read the network");

        // The CSV holds the same values.
        let csv = net_admin.get("/admin/networks/cfc/indicators.csv").await;
        assert_eq!(csv.status, 200);
        let mut lines = csv.html.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        assert_eq!(header, childvoice::web::networks::INDICATOR_COLUMNS);
        let mut from_csv = Expected::new();
        for line in lines {
            let f: Vec<&str> = line.split(',').collect();
            let got = f[7].parse::<u64>().ok().zip(f[8].parse::<u64>().ok());
            if let Some((x, n)) = got {
                let (lo, hi) = wilson(x as f64, n as f64);
                assert_eq!(f[9], format!("{:.4}", x as f64 / n as f64));
                assert_eq!((f[10], f[11]), (format!("{lo:.4}").as_str(), format!("{hi:.4}").as_str()));
            }
            from_csv.insert((f[3].to_owned(), f[0].to_owned(), f[5].to_owned()), got);
        }
        assert_eq!(from_csv, expected, "every CSV value equals the independent computation");

        // The dashboard shows the same figures, for each indicator and audience.
        for (indicator, audience) in
            [("cfc.safe-journey", "parent"), ("cfc.independent-mobility", "parent"), ("cfc.safe-journey", "age-9-12")]
        {
            let page = net_analyst.get(&format!("/admin/networks/cfc?indicator={indicator}&audience={audience}")).await;
            assert_eq!(page.status, 200);
            assert!(page.html.contains("<svg class=\"chart wide\""), "server-drawn charts");
            let doc = page.doc();
            let rows = scraper::Selector::parse("tbody tr").unwrap();
            for ((slug, ind, aud), value) in expected.iter().filter(|((_, i, a), _)| i == indicator && a == audience) {
                let _ = (ind, aud);
                let row = doc
                    .select(&rows)
                    .find(|r| {
                        r.select(&scraper::Selector::parse("code").unwrap())
                            .any(|c| c.text().collect::<String>() == *slug)
                    })
                    .unwrap_or_else(|| panic!("{slug} on the dashboard for {indicator}/{audience}"));
                let text = row.text().collect::<Vec<_>>().join(" ").split_whitespace().collect::<Vec<_>>().join(" ");
                match value {
                    Some((x, n)) => {
                        let (lo, hi) = wilson(*x as f64, *n as f64);
                        let pct = |v: f64| format!("{:.1}%", v * 100.0);
                        assert!(text.contains(&format!("{x} / {n}")), "{text}");
                        assert!(text.contains(&pct(*x as f64 / *n as f64)), "{text}");
                        assert!(text.contains(&format!("{}–{}", pct(lo), pct(hi))), "{text}");
                    }
                    None => assert!(text.contains("fewer than") || text.contains("no answers"), "{text}"),
                }
            }
        }
        let bad = net_analyst.get("/admin/networks/cfc?indicator=cfc.nothing").await;
        assert_eq!(bad.status, 400, "an unknown indicator is refused, not ignored");

        // Isolation. The network analyst never sees an unshared consultation,
        // nor any city's own pages.
        let dashboard = net_analyst.get("/admin/networks/cfc").await.html;
        assert!(!dashboard.contains("beta-secret"));
        for id in [secret, ids["alpha-w1"]] {
            assert_eq!(net_analyst.get(&format!("/admin/consultations/{id}")).await.status, 404);
            assert_eq!(net_analyst.get(&format!("/admin/consultations/{id}/results.json")).await.status, 404);
        }
        // A member sees neither the network's dashboard nor another member's data.
        let alpha = &owners["alpha"];
        for path in ["/admin/networks/cfc", "/admin/networks/cfc/indicators.csv", "/admin/networks/cfc/indicators.json"]
        {
            assert_eq!(alpha.get(path).await.status, 404, "{path}");
        }
        for id in [secret, ids["beta-w2"]] {
            assert_eq!(alpha.get(&format!("/admin/consultations/{id}")).await.status, 404);
            assert_eq!(alpha.get(&format!("/admin/consultations/{id}/results.csv")).await.status, 404);
        }
        assert_eq!(share(alpha, ids["beta-w1"], "cfc", false).await, 404, "nor shares another's");
        // An organisation outside the network sees nothing of it.
        for path in ["/admin/networks/cfc", "/admin/networks/cfc/library", "/admin/networks/cfc/indicators.csv"] {
            assert_eq!(outsider.get(path).await.status, 404, "{path}");
        }
        assert!(!outsider.get("/admin/networks").await.contains("Child Friendly Cities"));
        assert_eq!(post_admin(&outsider, "/admin/networks/cfc/accept", "/admin/networks", &[]).await.status, 404);
        let own = create_consultation_with(&outsider, "journeys", "delta-own", &[]).await;
        assert_eq!(share(&outsider, own, "cfc", true).await, 404, "it cannot push data into the network");
        // Stopping sharing takes a consultation out.
        assert_eq!(share(&owners["gamma"], ids["gamma-w2"], "cfc", false).await, 303);
        let (_, after) = get_json(&app.new_browser(), "/api/v1/networks/cfc/indicators", Some(&net_token)).await;
        assert!(!after.to_string().contains("gamma-w2"));
        assert_eq!(share(&owners["gamma"], ids["gamma-w2"], "cfc", true).await, 303);

        // The public page: members' published consultations, their statements and updates.
        let public = app.new_browser().get("/networks/cfc?lang=en").await;
        assert_eq!(public.status, 200);
        for (slug, statement) in &published {
            assert!(public.contains(statement), "{slug}'s statement:\n{}", public.html);
            assert!(public.html.contains(&format!("/open-data/{slug}/datapackage.json")));
        }
        assert!(public.contains("The first crossing is built."));
        for unpublished in ["alpha-w2", "beta-w2", "beta-secret"] {
            assert!(!public.html.contains(unpublished), "{unpublished} is not public");
        }
        let public_fr = app.new_browser().get("/networks/cfc?lang=fr").await;
        assert!(public_fr.contains(&childvoice::i18n::locales().t("fr", "network-public-lead")));
        assert!(public_fr.html.contains("lang=\"en\""), "a statement only in English says so");
        let public_csv = app.new_browser().get("/networks/cfc/indicators.csv").await;
        assert!(
            public_csv.html.contains("alpha-w1") && !public_csv.html.contains("alpha-w2"),
            "only published waves are open data"
        );

        // The library: alpha publishes its questionnaire, beta copies it.
        let publish = post_admin(
            alpha,
            "/admin/networks/cfc/library",
            "/admin/networks/cfc/library",
            &[("consultation", &ids["alpha-w1"].to_string())],
        )
        .await;
        assert_eq!(publish.status, 200, "{}", publish.html);
        let again = post_admin(
            alpha,
            "/admin/networks/cfc/library",
            "/admin/networks/cfc/library",
            &[("consultation", &ids["alpha-w1"].to_string())],
        )
        .await;
        assert!(again.contains("version 2") || again.html.contains(">2<"), "{}", again.html);
        let beta = &owners["beta"];
        let library = beta.get("/admin/networks/cfc/library").await;
        assert_eq!(library.status, 200);
        let action = library.attr("form[action$=\"/copy\"]", "action").expect("a copy button");
        let copied = beta.post_form(&action, &[("csrf".to_owned(), hidden(&library, "csrf"))]).await;
        assert_eq!(copied.status, 303, "{}", copied.html);
        let new_id: i32 = copied
            .location
            .unwrap()
            .trim_start_matches("/admin/consultations/")
            .trim_end_matches("/edit")
            .parse()
            .unwrap();
        let detail = beta.get(&format!("/admin/consultations/{new_id}")).await;
        assert!(
            detail.contains("City of alpha · journeys · version"),
            "the copy keeps attribution and version:\n{}",
            detail.html
        );
        assert!(beta.get("/admin/audit").await.contains("copied a template from a network"));
        assert!(net_admin.get("/admin/audit").await.contains("a member published a template to the library"));

        // Open data: Frictionless Data Packages of the network and of a consultation.
        let b = app.new_browser();
        validate_package(&b, "/networks/cfc", &["indicators.csv"]).await;
        validate_package(&b, "/open-data/alpha-w1", &["answers.csv", "responses.csv"]).await;
        assert_eq!(
            b.get("/open-data/alpha-w2/datapackage.json").await.status,
            404,
            "only published results are open data"
        );
        let answers = b.get("/open-data/alpha-w1/answers.csv").await.html;
        assert!(!answers.contains("walk "), "no free text in open data");
    }
}
