//! Places on a map: area sets uploaded as GeoJSON (real districts of Berlin
//! and Hamburg, and broken files), map questions answered through HTTP with
//! no script (an image button sends x and y), nothing finer than the grid
//! stored or logged, and the published counts exported as GeoJSON that GDAL
//! reads.

use crate::helpers::multipart;
use crate::helpers::{Browser, Page, TestApp, backends, form_state, say, spawn_app};
use crate::helpers::{PASSWORD, bootstrap, create_consultation_with, hidden, post_admin, sign_in};
use childvoice::domain::Audience;
use sea_orm::{ConnectionTrait, Statement};
use std::path::PathBuf;

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

async fn upload(b: &Browser, file: &[u8], slug: &str, name_property: &str) -> Page {
    let form = b.get("/admin/areas").await;
    assert_eq!(form.status, 200, "{}", form.html);
    let csrf = hidden(&form, "csrf");
    let (content_type, body) = multipart(
        &[
            ("csrf", csrf.as_bytes()),
            ("title", slug.as_bytes()),
            ("slug", slug.as_bytes()),
            ("name_property", name_property.as_bytes()),
            ("file", file),
        ],
        &format!("{slug}.geojson"),
    );
    b.post_raw("/admin/areas", &content_type, body).await
}

/// The id of an area set from the redirect after its upload.
fn set_id(page: &Page) -> i32 {
    assert_eq!(page.status, 303, "stored:\n{}", page.html);
    page.location.as_deref().and_then(|l| l.strip_prefix("/admin/areas/")).and_then(|i| i.parse().ok()).expect("set id")
}

#[tokio::test]
async fn real_district_files_are_accepted_and_broken_ones_are_refused_with_every_problem_named() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        bootstrap(&app, "spree", "planner@spree.example", "editor");
        let b = sign_in(&app, "planner@spree.example", PASSWORD).await;

        // Berlin's boroughs name themselves in `spatial_alias` and declare CRS84.
        let berlin =
            upload(&b, &fixture("tests/fixtures/geo/berlin-districts.geojson"), "berlin", "spatial_alias").await;
        let id = set_id(&berlin);
        let page = b.get(&format!("/admin/areas/{id}")).await;
        assert_eq!(page.status, 200);
        for name in ["Mitte", "Friedrichshain-Kreuzberg", "Tempelhof-Schöneberg"] {
            assert!(page.contains(name), "{name} is listed:\n{}", page.html);
        }
        assert!(page.html.contains("friedrichshain-kreuzberg"), "ids are made from the names");
        let stored = b.get(&format!("/admin/areas/{id}/areas.geojson")).await;
        say(&format!(
            "Berlin's 12 boroughs: 459,720 bytes uploaded, {} bytes stored after simplification",
            stored.html.len()
        ));
        let doc: serde_json::Value = serde_json::from_str(&stored.html).expect("GeoJSON");
        assert_eq!(doc["features"].as_array().map(Vec::len), Some(12));
        assert!(stored.html.len() < 460_000 / 4, "shapes are simplified: {} bytes", stored.html.len());

        // Hamburg's 103 neighbourhoods: clockwise MultiPolygons, two that overlap by a few square metres.
        let hamburg =
            upload(&b, &fixture("tests/fixtures/geo/hamburg-neighbourhoods.geojson"), "hamburg", "name").await;
        let hid = set_id(&hamburg);
        assert!(b.get(&format!("/admin/areas/{hid}")).await.contains("Wohlsdorf-Ohlstedt"));

        // The same slug again is the next version; the first stays as it was.
        let again =
            upload(&b, &fixture("tests/fixtures/geo/berlin-districts.geojson"), "berlin", "spatial_alias").await;
        let id2 = set_id(&again);
        assert_ne!(id, id2);
        let list = b.get("/admin/areas").await;
        assert!(
            list.html.contains(&format!("/admin/areas/{id}\"")) && list.html.contains(&format!("/admin/areas/{id2}\""))
        );

        // A broken file: every problem at once, each naming its feature; nothing stored.
        let broken = br#"{"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"name":"Open ring"},"geometry":{"type":"Polygon","coordinates":[[[13.1,52.1],[13.2,52.1],[13.2,52.2],[13.1,52.2]]]}},
          {"type":"Feature","properties":{"name":"Bow tie"},"geometry":{"type":"Polygon","coordinates":[[[13.1,52.1],[13.2,52.2],[13.2,52.1],[13.1,52.2],[13.1,52.1]]]}},
          {"type":"Feature","properties":{"name":"In metres"},"geometry":{"type":"Polygon","coordinates":[[[390000,5820000],[391000,5820000],[391000,5821000],[390000,5820000]]]}},
          {"type":"Feature","properties":{"name":"A street"},"geometry":{"type":"LineString","coordinates":[[13.1,52.1],[13.2,52.2]]}}
        ]}"#;
        let refused = upload(&b, broken, "broken", "name").await;
        assert_eq!(refused.status, 422, "{}", refused.html);
        // Said in the officer's language; Fluent isolates the names it inserts.
        let said = refused.html.replace(['\u{2068}', '\u{2069}'], "");
        for needle in [
            "Feature 1 (Open ring): the outer ring is not closed",
            "Feature 2 (Bow tie): the outer ring crosses itself (a self-intersection)",
            "Feature 3 (In metres): the outer ring, position 1: [390000, 5820000] looks like projected metres",
            "Feature 4 (A street): It is a LineString.",
        ] {
            assert!(said.contains(needle), "{needle} in:\n{said}");
        }
        assert!(!b.get("/admin/areas").await.html.contains("/admin/areas/broken"));
        let not_json = upload(&b, b"<html>not geojson</html>", "nope", "name").await;
        assert_eq!(not_json.status, 422);
        assert!(
            not_json.html.replace(['\u{2068}', '\u{2069}'], "").contains("This is not JSON (line 1, column 1)"),
            "{}",
            not_json.html
        );

        // The command line reports the same problems and stores nothing.
        let dir = crate::helpers::TempDir::new();
        let path = dir.0.join("broken.geojson");
        std::fs::write(&path, broken).expect("write");
        let (ok, out) = app.cli(&["areas", "import", "--org", "spree", path.to_str().expect("path")], None);
        let out = out.replace(['\u{2068}', '\u{2069}'], "");
        assert!(!ok && out.contains("Feature 2 (Bow tie)") && out.contains("nothing was stored"), "{out}");
        let (ok, out) = app.cli(
            &[
                "areas",
                "import",
                "--org",
                "spree",
                "--slug",
                "town",
                concat!(env!("CARGO_MANIFEST_DIR"), "/surveys/demo-town.geojson"),
            ],
            None,
        );
        assert!(ok && out.contains("with 5 areas"), "{out}");

        // An analyst sees the sets but cannot upload.
        bootstrap(&app, "spree", "analyst@spree.example", "analyst");
        let analyst = sign_in(&app, "analyst@spree.example", PASSWORD).await;
        assert!(
            analyst.get("/admin/areas").await.contains("Berlin")
                || analyst.get("/admin/areas").await.contains("berlin")
        );
        assert_eq!(upload(&analyst, &fixture("surveys/demo-town.geojson"), "x", "name").await.status, 403);
        // Another organisation's set is not found.
        bootstrap(&app, "elbe", "planner@elbe.example", "editor");
        let other = sign_in(&app, "planner@elbe.example", PASSWORD).await;
        assert_eq!(other.get(&format!("/admin/areas/{id}")).await.status, 404);
    }
}

/// Where an area's name is written on the map (an interior point): reading
/// the drawn map as a child sees it, and tapping on the name.
fn label_position(page: &Page, question: &str, area_name: &str) -> (f64, f64) {
    let src = page.attr(&format!("input[type=image][name=\"map.{question}\"]"), "src").expect("map image");
    let data = src.strip_prefix("data:image/svg+xml;base64,").expect("a data: URL");
    use base64::Engine;
    let svg =
        String::from_utf8(base64::engine::general_purpose::STANDARD.decode(data).expect("base64")).expect("utf-8");
    let doc = scraper::Html::parse_fragment(&svg);
    let text = scraper::Selector::parse("text").expect("selector");
    let t = doc
        .select(&text)
        .find(|t| t.text().collect::<String>() == area_name)
        .unwrap_or_else(|| panic!("no label {area_name} in {svg}"));
    let num = |a: &str| t.value().attr(a).and_then(|v| v.parse::<f64>().ok()).expect("coordinate");
    (num("x"), num("y") - 3.0)
}

/// Walks the demo `journeys` form as a parent, taps the maps, and sends.
/// Returns the final answers the pages showed for the map questions.
async fn answer_by_tapping(b: &Browser, taps: &[(&str, &str)], extra: &[(f64, f64)]) -> (String, Vec<String>) {
    let assent = b.get("/s/journeys/parent?lang=en").await;
    let mut fields = form_state(&assent).fields;
    fields.push(("nav".into(), "start".into()));
    let mut page = b.post_form("/s/journeys/parent?lang=en", &fields).await;
    let mut chosen_area = String::new();
    let mut cells = Vec::new();
    let mut places_done = false;
    for _ in 0..20 {
        assert_eq!(page.status, 200, "{}", page.html);
        let mut fields = crate::helpers::form_values(&page);
        fields.retain(|(k, _)| !k.starts_with("mark."));
        if page.html.contains("name=\"q.unsafe-anywhere\"") {
            fields.push(("q.unsafe-anywhere".into(), "yes".into()));
        }
        if page.html.contains("name=\"map.unsafe-area\"") && chosen_area.is_empty() {
            let (x, y) = label_position(&page, "unsafe-area", "Old Town");
            let mut tap = fields.clone();
            tap.push(("map.unsafe-area.x".into(), format!("{x:.0}")));
            tap.push(("map.unsafe-area.y".into(), format!("{y:.0}")));
            page = b.post_form("/s/journeys/parent?lang=en", &tap).await;
            assert_eq!(page.status, 200);
            chosen_area = page.attr("input[name=\"q.unsafe-area\"][checked]", "value").expect("an area is chosen");
            continue;
        }
        if page.html.contains("name=\"map.unsafe-places\"") && !places_done {
            places_done = true;
            let mut points: Vec<(f64, f64)> =
                taps.iter().map(|(_, name)| label_position(&page, "unsafe-places", name)).collect();
            points.extend_from_slice(extra);
            for (x, y) in points {
                let mut tap = crate::helpers::form_values(&page);
                tap.retain(|(k, _)| !k.starts_with("mark."));
                // Coordinates with decimals nobody else would write: any copy of them would show.
                tap.push(("map.unsafe-places.x".into(), format!("{x:.6}")));
                tap.push(("map.unsafe-places.y".into(), format!("{y:.6}")));
                page = b.post_form("/s/journeys/parent?lang=en", &tap).await;
                assert_eq!(page.status, 200, "{}", page.html);
            }
            let doc = page.doc();
            let sel = scraper::Selector::parse("input[name=\"q.unsafe-places\"][checked]").expect("selector");
            cells = doc.select(&sel).filter_map(|e| e.value().attr("value").map(str::to_owned)).collect();
            assert!(taps.is_empty() || !cells.is_empty(), "the marked places are listed:\n{}", page.html);
            continue;
        }
        let nav = crate::helpers::primary_nav(&page);
        fields.push(("nav".into(), nav.clone()));
        let next = b.post_form("/s/journeys/parent?lang=en", &fields).await;
        if nav == "submit" {
            assert_eq!(next.status, 303, "sent:\n{}", next.html);
            return (chosen_area, cells);
        }
        page = next;
    }
    panic!("the form never ended");
}

/// A hexagonal grid cell's id: `hx-{column}-{row}`, whole numbers only.
fn is_hex_cell(id: &str) -> bool {
    id.strip_prefix("hx-")
        .and_then(|rest| rest.split_once('-'))
        .is_some_and(|(c, r)| [c, r].iter().all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
}

async fn stored_answers(app: &TestApp, question: &str) -> Vec<String> {
    use childvoice::store::entities::answer;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    answer::Entity::find()
        .filter(answer::Column::Question.eq(question))
        .all(&app.db)
        .await
        .expect("answers")
        .into_iter()
        .filter_map(|a| a.option_id)
        .collect()
}

#[tokio::test]
async fn a_map_question_is_answered_by_tapping_with_no_script_and_only_the_area_or_cell_is_stored() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let b = app.new_browser();
        let (area, cells) = answer_by_tapping(&b, &[("a", "Riverside"), ("b", "North Hill")], &[]).await;
        assert_eq!(area, "old-town", "tapping on the Old Town label chooses Old Town");
        assert_eq!(cells.len(), 2, "{cells:?}");
        assert!(cells.iter().all(|c| is_hex_cell(c)), "{cells:?}");
        assert_eq!(stored_answers(&app, "unsafe-area").await, vec!["old-town".to_owned()]);
        let mut stored = stored_answers(&app, "unsafe-places").await;
        stored.sort();
        let mut shown = cells.clone();
        shown.sort();
        assert_eq!(stored, shown, "the cells the page showed are what is stored");
    }
}

#[tokio::test]
async fn no_value_finer_than_the_grid_is_stored_or_logged_after_random_taps() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        // Deterministic "random" points over the whole map, inside the town or not.
        let mut seed = 0x2545_f491_u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % 100_000) as f64 / 100_000.0
        };
        let mut posted = Vec::new();
        for _ in 0..4 {
            let points: Vec<(f64, f64)> = (0..3).map(|_| (20.0 + 280.0 * next(), 20.0 + 200.0 * next())).collect();
            posted.extend(points.iter().copied());
            answer_by_tapping(&app.new_browser(), &[], &points).await;
        }
        let cells = stored_answers(&app, "unsafe-places").await;
        assert!(!cells.is_empty() && cells.iter().all(|c| is_hex_cell(c)), "{cells:?}");

        // Every value of every table, and every log line. The area sets hold
        // the town's own shapes (not anyone's answer): they are read for the
        // tapped pixels, not for coordinates near the town.
        // This app's log lines, without their time stamps: a fraction of a
        // second could spell any number.
        let logs: String =
            app.logs().lines().map(|l| l.split_once(' ').map_or(l, |(_, rest)| rest)).collect::<Vec<_>>().join("\n");
        let mut everything = String::new();
        let mut shapes = String::new();
        let tables: Vec<String> = match backend {
            crate::helpers::Backend::Sqlite => {
                query_strings(&app, "SELECT name FROM sqlite_master WHERE type = 'table'").await
            }
            crate::helpers::Backend::Postgres => {
                query_strings(&app, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").await
            }
        };
        assert!(tables.iter().any(|t| t == "answers"), "{tables:?}");
        for t in &tables {
            let sql = match backend {
                crate::helpers::Backend::Sqlite => format!("SELECT * FROM \"{t}\""),
                crate::helpers::Backend::Postgres => format!("SELECT row_to_json(x)::text AS j FROM \"{t}\" x"),
            };
            let rows =
                app.db.query_all_raw(Statement::from_string(app.db.get_database_backend(), sql)).await.expect("rows");
            let into = if t == "area_sets" { &mut shapes } else { &mut everything };
            for row in rows {
                for i in 0..64 {
                    if let Ok(s) = row.try_get_by_index::<String>(i) {
                        into.push_str(&s);
                        into.push('\n');
                    } else if let Ok(Some(s)) = row.try_get_by_index::<Option<String>>(i) {
                        into.push_str(&s);
                        into.push('\n');
                    }
                }
            }
        }
        let map = childvoice::domain::map::ConsultationMap::new(
            0,
            childvoice::domain::map::parse_geojson(childvoice::startup::DEMO_AREAS, "name")
                .expect("demo town")
                .simplified(),
            childvoice::domain::map::GridShape::Hex,
            250,
        );
        for (x, y) in &posted {
            for needle in [format!("{x:.6}"), format!("{y:.6}")] {
                assert!(
                    !everything.contains(&needle) && !shapes.contains(&needle) && !logs.contains(&needle),
                    "the tapped coordinate {needle} was kept"
                );
            }
            // The point itself: to about 10 m in the database, to about 1 m in the log.
            let (mx, my) = map.frame.px_to_metres(*x, *y);
            let (lon, lat) = map.frame.projection.to_lonlat(mx, my);
            for needle in [format!("{lon:.4}"), format!("{lat:.4}")] {
                assert!(!everything.contains(&needle), "the tapped point's coordinate {needle} was stored");
            }
            for needle in [format!("{lon:.5}"), format!("{lat:.5}")] {
                assert!(!logs.contains(&needle), "the tapped point's coordinate {needle} was logged");
            }
        }
        assert!(!logs.contains("map.unsafe-places"), "no log line names the map field");
        say(&format!(
            "{backend:?}: {} taps, {} cells stored, {} tables scanned",
            posted.len(),
            cells.len(),
            tables.len()
        ));
    }
}

async fn query_strings(app: &TestApp, sql: &str) -> Vec<String> {
    let rows = app
        .db
        .query_all_raw(Statement::from_string(app.db.get_database_backend(), sql.to_owned()))
        .await
        .expect("query");
    rows.iter().filter_map(|r| r.try_get_by_index::<String>(0).ok()).collect()
}

/// GDAL's reading of a GeoJSON file: `ogrinfo`'s summary (its feature count
/// and fields), and the features as GDAL rewrites them (`ogr2ogr`), since
/// Debian's GDAL 3.6 has no `ogrinfo -json`. `None` when GDAL is not installed.
fn gdal(path: &std::path::Path) -> Option<(String, serde_json::Value)> {
    let info = std::process::Command::new("ogrinfo").args(["-ro", "-so", "-al"]).arg(path).output().ok()?;
    assert!(info.status.success(), "ogrinfo failed: {}", String::from_utf8_lossy(&info.stderr));
    let rewritten =
        std::process::Command::new("ogr2ogr").args(["-f", "GeoJSON", "/vsistdout/"]).arg(path).output().ok()?;
    assert!(rewritten.status.success(), "ogr2ogr failed: {}", String::from_utf8_lossy(&rewritten.stderr));
    Some((
        String::from_utf8_lossy(&info.stdout).into_owned(),
        serde_json::from_slice(&rewritten.stdout).expect("GDAL's GeoJSON"),
    ))
}

#[tokio::test]
async fn maps_of_results_hide_small_counts_and_the_geojson_export_reads_in_gdal() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        bootstrap(&app, "brook", "owner@brook.example", "owner");
        let b = sign_in(&app, "owner@brook.example", PASSWORD).await;
        let set = set_id(&upload(&b, &fixture("surveys/demo-town.geojson"), "town", "name").await);
        let id = create_consultation_with(
            &b,
            "play",
            "play-map",
            &[("area_set", &set.to_string()), ("grid_shape", "square"), ("grid_metres", "400")],
        )
        .await;
        let detail = format!("/admin/consultations/{id}");
        assert_eq!(post_admin(&b, &format!("{detail}/state"), &detail, &[("to", "open")]).await.status, 303);

        // 16 parents: 13 mark Old Town's middle, 3 mark Riverside; everyone picks an area.
        for i in 0..16 {
            let r = app.new_browser();
            let assent = r.get("/s/play-map/parent?lang=en").await;
            let mut fields = form_state(&assent).fields;
            fields.push(("nav".into(), "start".into()));
            let mut page = r.post_form("/s/play-map/parent?lang=en", &fields).await;
            let mut tapped = false;
            for _ in 0..20 {
                let mut fields = crate::helpers::form_values(&page);
                fields.retain(|(k, _)| !k.starts_with("mark."));
                if page.html.contains("name=\"map.play-spots\"") && !tapped {
                    let (x, y) = label_position(&page, "play-spots", if i < 13 { "Old Town" } else { "Riverside" });
                    fields.push(("map.play-spots.x".into(), format!("{x:.0}")));
                    fields.push(("map.play-spots.y".into(), format!("{y:.0}")));
                    page = r.post_form("/s/play-map/parent?lang=en", &fields).await;
                    tapped = true;
                    continue;
                }
                if page.html.contains("name=\"q.home-area\"") {
                    fields.push(("q.home-area".into(), "old-town".into()));
                }
                let nav = crate::helpers::primary_nav(&page);
                fields.push(("nav".into(), nav.clone()));
                page = r.post_form("/s/play-map/parent?lang=en", &fields).await;
                if nav == "submit" {
                    assert_eq!(page.status, 303, "{}", page.html);
                    break;
                }
            }
        }
        assert_eq!(post_admin(&b, &format!("{detail}/state"), &detail, &[("to", "closed")]).await.status, 303);

        let dashboard = b.get(&format!("{detail}/results")).await;
        assert_eq!(dashboard.status, 200);
        assert!(dashboard.html.contains("class=\"map\""), "the dashboard draws maps");
        let plain = dashboard.html.replace(['\u{2068}', '\u{2069}'], "");
        let hatched_cell = "fill=\"url(#hatch-play-spots-parent)\" stroke=\"#4d5a4d\" stroke-width=\"0.5\"";
        assert!(plain.contains(hatched_cell), "a cell under k is hatched:\n{plain}");
        assert!(
            plain.contains("<td class=\"num\"><span class=\"suppressed\">fewer than 10</span>"),
            "and reads fewer than k"
        );

        // In public, a square marked by fewer than k people is not drawn at all.
        assert_eq!(post_admin(&b, &format!("{detail}/state"), &detail, &[("to", "published")]).await.status, 303);
        let public = app.new_browser().get("/s/play-map/results?lang=en").await;
        assert_eq!(public.status, 200);
        let public = public.html.replace(['\u{2068}', '\u{2069}'], "");
        assert!(public.contains("class=\"map\""), "the public page draws the map:\n{public}");
        assert!(!public.contains(hatched_cell), "no square under k in public:\n{public}");
        assert_eq!(public.matches("stroke-width=\"0.5\"").count(), 1, "only Old Town's square is drawn");
        // Nor in the open data: no map square under k, not even as an empty row.
        let open = app.new_browser().get("/open-data/play-map/answers.csv").await;
        assert_eq!(open.status, 200);
        let rows = crate::helpers::parse_csv(&open.html);
        let places: Vec<&Vec<String>> = rows.iter().filter(|r| r[1] == "place" && !r[4].is_empty()).collect();
        assert!(!places.is_empty(), "the squares at least k people marked are there");
        for r in places {
            assert!(r[7] == "false" && r[6].parse::<u64>().is_ok_and(|n| n > 0), "{r:?}");
        }

        let json: serde_json::Value =
            serde_json::from_str(&b.get(&format!("{detail}/results.json")).await.html).expect("results.json");
        let geo = b.get(&format!("{detail}/results.geojson")).await;
        assert_eq!(geo.status, 200);
        let dir = crate::helpers::TempDir::new();
        let path = dir.0.join("results.geojson");
        std::fs::write(&path, &geo.html).expect("write");

        // Every feature's count equals the published figure of results.json (an independent export).
        let published = |question: &str, key: &str| -> Option<Option<u64>> {
            let q = json["results"]["questions"].as_array()?.iter().find(|q| q["question"] == question)?;
            let a = q["audiences"].as_array()?.iter().find(|a| a["audience"] == Audience::Parent.as_str())?;
            let row = a["table"]["rows"].as_array()?.iter().find(|r| r["key"] == key)?;
            Some(row["count"].as_u64())
        };
        let Some((summary, gdal)) = gdal(&path) else {
            assert!(std::env::var_os("CHILDVOICE_REQUIRE_GDAL").is_none(), "ogrinfo (gdal-bin) is required");
            say("GDAL check skipped: install gdal-bin for ogrinfo");
            continue;
        };
        let features = gdal["features"].as_array().expect("features");
        assert!(summary.contains(&format!("Feature Count: {}", features.len())), "{summary}");
        for field in ["question: String", "count: Integer", "fewer_than_k:"] {
            assert!(summary.contains(field), "GDAL sees the field {field}:\n{summary}");
        }
        assert!(features.len() >= 7, "5 areas and the marked cells: {}", features.len());
        let mut hidden_cells = 0;
        let mut shown_cells = 0;
        for f in features {
            let p = &f["properties"];
            let (question, key) = (p["question"].as_str().expect("question"), p["id"].as_str().expect("id"));
            let expected = published(question, key).unwrap_or_else(|| panic!("{question}/{key} is in results.json"));
            assert_eq!(p["count"].as_u64(), expected, "{question}/{key}");
            assert_eq!(p["fewer_than_k"].as_bool(), Some(expected.is_none()));
            assert!(f["geometry"]["type"] == "Polygon" || f["geometry"]["type"] == "MultiPolygon");
            if p["kind"] == "cell" {
                if expected.is_none() { hidden_cells += 1 } else { shown_cells += 1 }
            }
        }
        assert_eq!((shown_cells, hidden_cells), (1, 1), "Old Town's cell is shown, Riverside's is fewer than k");
        say(&format!("{backend:?}: GDAL read {} features", features.len()));
    }
}
