//! Places on a map without tiles and without precise points: an
//! organisation's areas read from GeoJSON (checked, every problem named by
//! its feature), the local projection the server draws them with, and the
//! grid a marked spot is snapped to before anything is stored.
//!
//! Coordinates are WGS84 longitude/latitude. A town is small enough for an
//! equirectangular projection around its own centre: at 200 km across the
//! error stays under a tenth of a percent, far below a grid cell.

use geo::algorithm::validation::{CoordIndex, GeometryIndex, InvalidMultiPolygon, InvalidPolygon, RingRole};
use geo::{
    BoundingRect, Contains, Coord, InteriorPoint, LineString, MultiPolygon, Point, Polygon, SimplifyVwPreserve,
    Validation,
};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// Largest GeoJSON file accepted.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Most areas in one set: more would not fit on a phone's map or in a list.
pub const MAX_FEATURES: usize = 200;
/// Most positions in one file, before simplification.
pub const MAX_POSITIONS: usize = 500_000;
/// Widest area set: one town or region.
pub const MAX_EXTENT_M: f64 = 200_000.0;
/// Smallest grid cell: a spot is never known more precisely than this.
pub const MIN_CELL_M: u32 = 100;
pub const MAX_CELL_M: u32 = 5_000;
pub const DEFAULT_CELL_M: u32 = 250;
/// Most spots one place question may ask for.
pub const MAX_PLACES: u32 = 10;

/// The map drawn for respondents: fixed CSS pixels, so that a tap's
/// coordinates mean the same on every phone (no scaling by the page).
pub const MAP_WIDTH: f64 = 320.0;
pub const MAP_MAX_HEIGHT: f64 = 400.0;
pub const MAP_MARGIN: f64 = 10.0;

/// One area: its id, its names per language (`""`: the name without a
/// language) and its shape in longitude/latitude.
#[derive(Clone, Debug, PartialEq)]
pub struct MapArea {
    pub id: String,
    pub names: BTreeMap<String, String>,
    pub shape: MultiPolygon<f64>,
}

impl MapArea {
    /// The name in `lang`, else in its base language (`zh` for `zh-Hans`),
    /// else the name without a language.
    pub fn name(&self, lang: &str) -> &str {
        let base = lang.split('-').next().unwrap_or(lang);
        self.names
            .get(lang)
            .or_else(|| self.names.get(base))
            .or_else(|| self.names.get(""))
            .map_or(self.id.as_str(), String::as_str)
    }
}

/// A checked set of areas.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaSet {
    pub areas: Vec<MapArea>,
}

/// One problem in an uploaded file: which feature, and what is wrong. Its
/// words are the interface's (`geo-*` messages), in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeoError {
    /// 1-based position of the feature; `None` for the file as a whole.
    pub feature: Option<usize>,
    /// The feature's name, when it has one.
    pub name: Option<String>,
    pub problem: Problem,
}

/// A ring of a feature: its polygon (1-based in a MultiPolygon, 0 for a
/// Polygon) and its place (0 the outer ring, n the n-th hole).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ring {
    pub polygon: usize,
    pub hole: usize,
}

/// What is wrong, with what the message needs to say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    TooLarge {
        max_mb: usize,
    },
    NotJson {
        line: usize,
        column: usize,
    },
    NotCollection,
    NotWgs84 {
        crs: String,
    },
    NoFeatureList,
    NoFeatures,
    TooManyFeatures {
        n: usize,
        max: usize,
    },
    TooManyPositions {
        n: usize,
        max: usize,
    },
    TooWide {
        width_km: u64,
        height_km: u64,
        max_km: u64,
    },
    NotAFeature,
    NoName {
        property: String,
    },
    NoId,
    IdTaken {
        id: String,
    },
    NoGeometry,
    NoGeometryType,
    NotAnArea {
        kind: String,
    },
    NoPolygons,
    NoRings {
        polygon: usize,
    },
    NotPositions(Ring),
    BadPosition {
        ring: Ring,
        position: usize,
    },
    /// `projected`: the numbers look like metres of a projected system.
    OutOfRange {
        ring: Ring,
        position: usize,
        lon: String,
        lat: String,
        projected: bool,
    },
    TooFewPositions {
        ring: Ring,
        n: usize,
    },
    NotClosed(Ring),
    SelfIntersection(Ring),
    HoleOutside(Ring),
    RingsCross {
        ring: Ring,
        other: usize,
    },
    PolygonsOverlap {
        polygon: usize,
        other: usize,
    },
}

impl Problem {
    /// The interface message that says it (`locales/{lang}/main.ftl`).
    pub fn message_id(&self) -> &'static str {
        match self {
            Problem::TooLarge { .. } => "geo-too-large",
            Problem::NotJson { .. } => "geo-not-json",
            Problem::NotCollection => "geo-not-collection",
            Problem::NotWgs84 { .. } => "geo-not-wgs84",
            Problem::NoFeatureList => "geo-no-feature-list",
            Problem::NoFeatures => "geo-no-features",
            Problem::TooManyFeatures { .. } => "geo-too-many-features",
            Problem::TooManyPositions { .. } => "geo-too-many-positions",
            Problem::TooWide { .. } => "geo-too-wide",
            Problem::NotAFeature => "geo-not-a-feature",
            Problem::NoName { .. } => "geo-no-name",
            Problem::NoId => "geo-no-id",
            Problem::IdTaken { .. } => "geo-id-taken",
            Problem::NoGeometry => "geo-no-geometry",
            Problem::NoGeometryType => "geo-no-geometry-type",
            Problem::NotAnArea { .. } => "geo-not-an-area",
            Problem::NoPolygons => "geo-no-polygons",
            Problem::NoRings { .. } => "geo-no-rings",
            Problem::NotPositions(_) => "geo-not-positions",
            Problem::BadPosition { .. } => "geo-bad-position",
            Problem::OutOfRange { projected: true, .. } => "geo-projected",
            Problem::OutOfRange { .. } => "geo-out-of-range",
            Problem::TooFewPositions { .. } => "geo-too-few-positions",
            Problem::NotClosed(_) => "geo-not-closed",
            Problem::SelfIntersection(_) => "geo-self-intersection",
            Problem::HoleOutside(_) => "geo-hole-outside",
            Problem::RingsCross { .. } => "geo-rings-cross",
            Problem::PolygonsOverlap { .. } => "geo-polygons-overlap",
        }
    }

    /// The message's arguments: numbers and names as they are. A ring is
    /// given as `polygon` and `hole`, which the message turns into words.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let ring = |r: &Ring| vec![("polygon", r.polygon.to_string()), ("hole", r.hole.to_string())];
        match self {
            Problem::TooLarge { max_mb } => vec![("max", max_mb.to_string())],
            Problem::NotJson { line, column } => vec![("line", line.to_string()), ("column", column.to_string())],
            Problem::NotWgs84 { crs } => vec![("crs", crs.clone())],
            Problem::TooManyFeatures { n, max } | Problem::TooManyPositions { n, max } => {
                vec![("n", n.to_string()), ("max", max.to_string())]
            }
            Problem::TooWide { width_km, height_km, max_km } => {
                vec![("width", width_km.to_string()), ("height", height_km.to_string()), ("max", max_km.to_string())]
            }
            Problem::NoName { property } => vec![("property", property.clone())],
            Problem::IdTaken { id } => vec![("id", id.clone())],
            Problem::NotAnArea { kind } => vec![("type", kind.clone())],
            Problem::NoRings { polygon } => vec![("polygon", polygon.to_string()), ("hole", "0".into())],
            Problem::NotPositions(r)
            | Problem::NotClosed(r)
            | Problem::SelfIntersection(r)
            | Problem::HoleOutside(r) => ring(r),
            Problem::BadPosition { ring: r, position } => {
                let mut a = ring(r);
                a.push(("position", position.to_string()));
                a
            }
            Problem::OutOfRange { ring: r, position, lon, lat, .. } => {
                let mut a = ring(r);
                a.extend([("position", position.to_string()), ("lon", lon.clone()), ("lat", lat.clone())]);
                a
            }
            Problem::TooFewPositions { ring: r, n } => {
                let mut a = ring(r);
                a.push(("n", n.to_string()));
                a
            }
            Problem::RingsCross { ring: r, other } => {
                let mut a = ring(r);
                a.push(("other", other.to_string()));
                a
            }
            Problem::PolygonsOverlap { polygon, other } => {
                vec![("polygon", polygon.to_string()), ("other", other.to_string())]
            }
            Problem::NotCollection
            | Problem::NoFeatureList
            | Problem::NoFeatures
            | Problem::NotAFeature
            | Problem::NoId
            | Problem::NoGeometry
            | Problem::NoGeometryType
            | Problem::NoPolygons => vec![],
        }
    }
}

fn file_error(problem: Problem) -> Vec<GeoError> {
    vec![GeoError { feature: None, name: None, problem }]
}

/// The problem geo's validity check found, placed in the feature's rings.
fn invalidity(problem: &InvalidMultiPolygon, single: bool) -> Problem {
    let place = |polygon: usize| if single { 0 } else { polygon + 1 };
    let ring = |polygon: usize, role: &RingRole| Ring {
        polygon: place(polygon),
        hole: match role {
            RingRole::Exterior => 0,
            RingRole::Interior(i) => i + 1,
        },
    };
    let hole_of = |role: &RingRole| match role {
        RingRole::Exterior => 0,
        RingRole::Interior(i) => i + 1,
    };
    match problem {
        InvalidMultiPolygon::InvalidPolygon(GeometryIndex(p), invalid) => match invalid {
            InvalidPolygon::TooFewPointsInRing(r) => Problem::TooFewPositions { ring: ring(*p, r), n: 3 },
            InvalidPolygon::SelfIntersection(r) => Problem::SelfIntersection(ring(*p, r)),
            InvalidPolygon::NonFiniteCoord(r, CoordIndex(i)) => {
                Problem::BadPosition { ring: ring(*p, r), position: i + 1 }
            }
            InvalidPolygon::InteriorRingNotContainedInExteriorRing(r) => Problem::HoleOutside(ring(*p, r)),
            InvalidPolygon::IntersectingRingsOnALine(a, b) | InvalidPolygon::IntersectingRingsOnAnArea(a, b) => {
                Problem::RingsCross { ring: ring(*p, a), other: hole_of(b) }
            }
        },
        InvalidMultiPolygon::ElementsOverlaps(GeometryIndex(a), GeometryIndex(b))
        | InvalidMultiPolygon::ElementsTouchOnALine(GeometryIndex(a), GeometryIndex(b)) => {
            Problem::PolygonsOverlap { polygon: a + 1, other: b + 1 }
        }
    }
}

/// Whether a `crs` member names WGS84 longitude/latitude.
fn is_wgs84(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    n.ends_with("CRS84") || n.ends_with("EPSG::4326") || n.ends_with("EPSG:4326") || n == "WGS84"
}

/// An id from a name: lowercase ASCII letters, digits and '-'.
pub fn slug(name: &str) -> String {
    match super::setup::suggest_slug(name, "") {
        s if !s.is_empty() => s,
        _ => super::setup::suggest_slug(&format!("area {name}"), ""),
    }
}

/// Reads one ring, reporting its first problem.
fn ring(value: &Value, at: Ring, positions: &mut usize) -> Result<LineString<f64>, Problem> {
    let Some(points) = value.as_array() else { return Err(Problem::NotPositions(at)) };
    *positions += points.len();
    let mut coords = Vec::with_capacity(points.len());
    for (i, p) in points.iter().enumerate() {
        let xy: Option<(f64, f64)> = p.as_array().and_then(|a| match a.as_slice() {
            [x, y, ..] => Some((x.as_f64()?, y.as_f64()?)),
            _ => None,
        });
        let Some((lon, lat)) = xy.filter(|(x, y)| x.is_finite() && y.is_finite()) else {
            return Err(Problem::BadPosition { ring: at, position: i + 1 });
        };
        if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
            return Err(Problem::OutOfRange {
                ring: at,
                position: i + 1,
                lon: lon.to_string(),
                lat: lat.to_string(),
                projected: lon.abs() > 1000.0 || lat.abs() > 1000.0,
            });
        }
        coords.push(Coord { x: lon, y: lat });
    }
    if coords.len() < 4 {
        return Err(Problem::TooFewPositions { ring: at, n: coords.len() });
    }
    if coords.first() != coords.last() {
        return Err(Problem::NotClosed(at));
    }
    Ok(LineString::new(coords))
}

/// Reads one polygon (`polygon`: its 1-based place, 0 for a Polygon feature).
fn polygon(value: &Value, polygon: usize, positions: &mut usize, errors: &mut Vec<Problem>) -> Option<Polygon<f64>> {
    let Some(rings) = value.as_array().filter(|r| !r.is_empty()) else {
        errors.push(Problem::NoRings { polygon });
        return None;
    };
    let mut read = Vec::new();
    for (hole, r) in rings.iter().enumerate() {
        match ring(r, Ring { polygon, hole }, positions) {
            Ok(ls) => read.push(ls),
            Err(e) => errors.push(e),
        }
    }
    (read.len() == rings.len()).then(|| {
        let mut it = read.into_iter();
        let exterior = it.next().unwrap_or_else(|| LineString::new(vec![]));
        Polygon::new(exterior, it.collect())
    })
}

/// The geometry of one feature, or why it cannot be an area.
fn shape(geometry: &Value, positions: &mut usize) -> Result<MultiPolygon<f64>, Vec<Problem>> {
    let kind = geometry.get("type").and_then(Value::as_str).unwrap_or("");
    let coords = geometry.get("coordinates").unwrap_or(&Value::Null);
    let mut errors = Vec::new();
    let polygons: Vec<Polygon<f64>> = match kind {
        "Polygon" => polygon(coords, 0, positions, &mut errors).into_iter().collect(),
        "MultiPolygon" => match coords.as_array().filter(|p| !p.is_empty()) {
            Some(parts) => {
                parts.iter().enumerate().filter_map(|(i, p)| polygon(p, i + 1, positions, &mut errors)).collect()
            }
            None => {
                errors.push(Problem::NoPolygons);
                vec![]
            }
        },
        "" => return Err(vec![Problem::NoGeometryType]),
        other => return Err(vec![Problem::NotAnArea { kind: other.chars().take(40).collect() }]),
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let shape = MultiPolygon::new(polygons);
    let single = kind == "Polygon";
    let problems: Vec<Problem> = shape.validation_errors().iter().map(|e| invalidity(e, single)).collect();
    if problems.is_empty() { Ok(shape) } else { Err(problems) }
}

fn text_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Reads and checks a GeoJSON FeatureCollection of areas. Names come from
/// `name_property` and `{name_property}:{lang}` (OpenStreetMap's `name`,
/// `name:fr`); ids from an `id` property or the feature's id when they are
/// valid ids, otherwise from the name. Every problem is reported at once.
pub fn parse_geojson(source: &str, name_property: &str) -> Result<AreaSet, Vec<GeoError>> {
    if source.len() > MAX_BYTES {
        return Err(file_error(Problem::TooLarge { max_mb: MAX_BYTES / 1024 / 1024 }));
    }
    let doc: Value = serde_json::from_str(source.trim_start_matches('\u{feff}'))
        .map_err(|e| file_error(Problem::NotJson { line: e.line(), column: e.column() }))?;
    if doc.get("type").and_then(Value::as_str) != Some("FeatureCollection") {
        return Err(file_error(Problem::NotCollection));
    }
    if let Some(crs) = doc.get("crs") {
        let name = crs.pointer("/properties/name").and_then(Value::as_str).unwrap_or("?");
        if !is_wgs84(name) {
            return Err(file_error(Problem::NotWgs84 { crs: name.chars().take(80).collect() }));
        }
    }
    let Some(features) = doc.get("features").and_then(Value::as_array) else {
        return Err(file_error(Problem::NoFeatureList));
    };
    if features.is_empty() {
        return Err(file_error(Problem::NoFeatures));
    }
    if features.len() > MAX_FEATURES {
        return Err(file_error(Problem::TooManyFeatures { n: features.len(), max: MAX_FEATURES }));
    }
    let mut errors = Vec::new();
    let mut areas: Vec<MapArea> = Vec::new();
    let mut positions = 0usize;
    let prefix = format!("{name_property}:");
    for (i, f) in features.iter().enumerate() {
        let props = f.get("properties").and_then(Value::as_object);
        let name = props.and_then(|p| text_of(p.get(name_property)));
        let mut err = |problem: Problem| errors.push(GeoError { feature: Some(i + 1), name: name.clone(), problem });
        if f.get("type").and_then(Value::as_str) != Some("Feature") {
            err(Problem::NotAFeature);
            continue;
        }
        let mut names = BTreeMap::new();
        match &name {
            Some(n) => {
                names.insert(String::new(), n.chars().take(80).collect::<String>());
            }
            None => err(Problem::NoName { property: name_property.to_owned() }),
        }
        for (key, value) in props.into_iter().flatten() {
            if let Some(lang) = key.strip_prefix(&prefix)
                && let Some(n) = text_of(Some(value))
                && !lang.is_empty()
                && lang.len() <= 12
            {
                names.insert(lang.to_owned(), n.chars().take(80).collect());
            }
        }
        let given_id = props.and_then(|p| text_of(p.get("id"))).or_else(|| text_of(f.get("id")));
        let id = match given_id.filter(|id| super::survey::is_valid_id(id)) {
            Some(id) => id,
            None => name.as_deref().map(slug).unwrap_or_default(),
        };
        if name.is_some() && !super::survey::is_valid_id(&id) {
            err(Problem::NoId);
        } else if areas.iter().any(|a| a.id == id) {
            err(Problem::IdTaken { id: id.clone() });
        }
        let geometry = match f.get("geometry") {
            Some(g) if !g.is_null() => g,
            _ => {
                err(Problem::NoGeometry);
                continue;
            }
        };
        match shape(geometry, &mut positions) {
            Ok(shape) if errors.iter().all(|e| e.feature != Some(i + 1)) => {
                areas.push(MapArea { id, names, shape });
            }
            Ok(_) => {}
            Err(problems) => {
                for problem in problems {
                    errors.push(GeoError { feature: Some(i + 1), name: name.clone(), problem });
                }
            }
        }
    }
    if positions > MAX_POSITIONS {
        errors.push(GeoError {
            feature: None,
            name: None,
            problem: Problem::TooManyPositions { n: positions, max: MAX_POSITIONS },
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let set = AreaSet { areas };
    let frame = Projection::of(&set);
    if frame.width_m > MAX_EXTENT_M || frame.height_m > MAX_EXTENT_M {
        return Err(file_error(Problem::TooWide {
            width_km: (frame.width_m / 1000.0).round() as u64,
            height_km: (frame.height_m / 1000.0).round() as u64,
            max_km: (MAX_EXTENT_M / 1000.0) as u64,
        }));
    }
    Ok(set)
}

impl AreaSet {
    /// Shapes simplified for display and hit-testing: about a thousandth of
    /// the set's width, keeping every ring's topology.
    pub fn simplified(self) -> AreaSet {
        let p = Projection::of(&self);
        let tolerance = p.width_m.max(p.height_m) / 1000.0;
        let areas = self
            .areas
            .into_iter()
            .map(|a| {
                let metres = p.shape_to_metres(&a.shape);
                let simple = metres.simplify_vw_preserve(tolerance * tolerance);
                let ok = simple.0.len() == metres.0.len() && simple.validation_errors().is_empty();
                let shape = if ok { p.shape_from_metres(&simple) } else { a.shape };
                MapArea { shape: round_shape(&shape), ..a }
            })
            .collect();
        AreaSet { areas }
    }

    /// The set as GeoJSON with `id`, `name` and `name:{lang}` properties:
    /// how it is stored, and what an export starts from.
    pub fn to_geojson(&self) -> Value {
        let features: Vec<Value> = self
            .areas
            .iter()
            .map(|a| {
                let mut props = Map::new();
                props.insert("id".into(), json!(a.id));
                for (lang, n) in &a.names {
                    let key = if lang.is_empty() { "name".to_owned() } else { format!("name:{lang}") };
                    props.insert(key, json!(n));
                }
                json!({ "type": "Feature", "properties": props, "geometry": multipolygon_json(&a.shape) })
            })
            .collect();
        json!({ "type": "FeatureCollection", "features": features })
    }

    pub fn area(&self, id: &str) -> Option<&MapArea> {
        self.areas.iter().find(|a| a.id == id)
    }

    /// The area holding a point (the first, if areas overlap).
    pub fn area_at(&self, lon: f64, lat: f64) -> Option<&MapArea> {
        let p = Point::new(lon, lat);
        self.areas.iter().find(|a| a.shape.contains(&p))
    }

    /// Number of positions drawn.
    pub fn positions(&self) -> usize {
        use geo::CoordsIter;
        self.areas.iter().map(|a| a.shape.coords_count()).sum()
    }
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

fn round_shape(shape: &MultiPolygon<f64>) -> MultiPolygon<f64> {
    use geo::MapCoords;
    shape.map_coords(|c| Coord { x: round6(c.x), y: round6(c.y) })
}

fn ring_json(ls: &LineString<f64>) -> Value {
    Value::Array(ls.coords().map(|c| json!([c.x, c.y])).collect())
}

pub fn polygon_json(p: &Polygon<f64>) -> Value {
    let mut rings = vec![ring_json(p.exterior())];
    rings.extend(p.interiors().iter().map(ring_json));
    Value::Array(rings)
}

pub fn multipolygon_json(shape: &MultiPolygon<f64>) -> Value {
    json!({ "type": "MultiPolygon", "coordinates": shape.0.iter().map(polygon_json).collect::<Vec<_>>() })
}

/// Local metres around a set's south-west corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    pub lon0: f64,
    pub lat0: f64,
    /// Metres per degree of longitude and of latitude at the set's centre.
    pub kx: f64,
    pub ky: f64,
    pub width_m: f64,
    pub height_m: f64,
}

impl Projection {
    pub fn of(set: &AreaSet) -> Projection {
        let rects: Vec<geo::Rect<f64>> = set.areas.iter().filter_map(|a| a.shape.bounding_rect()).collect();
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for r in &rects {
            x0 = x0.min(r.min().x);
            y0 = y0.min(r.min().y);
            x1 = x1.max(r.max().x);
            y1 = y1.max(r.max().y);
        }
        if rects.is_empty() {
            (x0, y0, x1, y1) = (0.0, 0.0, 0.01, 0.01);
        }
        let ky = 110_574.0;
        let kx = (111_320.0 * ((y0 + y1) / 2.0).to_radians().cos()).max(1.0);
        Projection { lon0: x0, lat0: y0, kx, ky, width_m: (x1 - x0) * kx, height_m: (y1 - y0) * ky }
    }

    pub fn to_metres(&self, lon: f64, lat: f64) -> (f64, f64) {
        ((lon - self.lon0) * self.kx, (lat - self.lat0) * self.ky)
    }

    pub fn to_lonlat(&self, x: f64, y: f64) -> (f64, f64) {
        (self.lon0 + x / self.kx, self.lat0 + y / self.ky)
    }

    fn shape_to_metres(&self, shape: &MultiPolygon<f64>) -> MultiPolygon<f64> {
        use geo::MapCoords;
        shape.map_coords(|c| {
            let (x, y) = self.to_metres(c.x, c.y);
            Coord { x, y }
        })
    }

    fn shape_from_metres(&self, shape: &MultiPolygon<f64>) -> MultiPolygon<f64> {
        use geo::MapCoords;
        shape.map_coords(|c| {
            let (x, y) = self.to_lonlat(c.x, c.y);
            Coord { x, y }
        })
    }
}

/// Where the map is drawn: metres to CSS pixels and back.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub projection: Projection,
    /// Pixels per metre.
    pub scale: f64,
    pub width: f64,
    pub height: f64,
}

impl Frame {
    pub fn of(projection: Projection) -> Frame {
        let inner_w = MAP_WIDTH - 2.0 * MAP_MARGIN;
        let inner_h = MAP_MAX_HEIGHT - 2.0 * MAP_MARGIN;
        let scale = (inner_w / projection.width_m.max(1.0)).min(inner_h / projection.height_m.max(1.0));
        let height = (projection.height_m * scale + 2.0 * MAP_MARGIN).ceil().max(120.0);
        Frame { projection, scale, width: MAP_WIDTH, height }
    }

    pub fn metres_to_px(&self, x: f64, y: f64) -> (f64, f64) {
        (MAP_MARGIN + x * self.scale, self.height - MAP_MARGIN - y * self.scale)
    }

    pub fn px_to_metres(&self, px: f64, py: f64) -> (f64, f64) {
        ((px - MAP_MARGIN) / self.scale, (self.height - MAP_MARGIN - py) / self.scale)
    }

    pub fn lonlat_to_px(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = self.projection.to_metres(lon, lat);
        self.metres_to_px(x, y)
    }

    /// An SVG path of a shape, in pixels to one decimal.
    pub fn path(&self, shape: &MultiPolygon<f64>) -> String {
        let mut d = String::new();
        for p in &shape.0 {
            for ring in std::iter::once(p.exterior()).chain(p.interiors()) {
                let n = ring.0.len().saturating_sub(1);
                for (i, c) in ring.0.iter().take(n).enumerate() {
                    let (x, y) = self.lonlat_to_px(c.x, c.y);
                    d.push_str(&format!("{}{:.1} {:.1}", if i == 0 { "M" } else { "L" }, x, y));
                }
                d.push('Z');
            }
        }
        d
    }

    /// Where to write an area's name: a point inside it.
    pub fn label_at(&self, shape: &MultiPolygon<f64>) -> Option<(f64, f64)> {
        // The largest polygon's interior point, so islands do not carry the label.
        use geo::Area;
        let largest = shape.0.iter().max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))?;
        let p = largest.interior_point()?;
        Some(self.lonlat_to_px(p.x(), p.y()))
    }
}

/// The shape of grid cells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GridShape {
    Square,
    Hex,
}

impl GridShape {
    pub fn as_str(self) -> &'static str {
        match self {
            GridShape::Square => "square",
            GridShape::Hex => "hex",
        }
    }

    pub fn parse(s: &str) -> Option<GridShape> {
        match s {
            "square" => Some(GridShape::Square),
            "hex" => Some(GridShape::Hex),
            _ => None,
        }
    }
}

/// The grid spots are snapped to: cells of `size` metres (a square's side, a
/// hexagon's width across flats), counted from one cell south-west of the
/// area set, so every cell of the town has a positive column and row.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Grid {
    pub shape: GridShape,
    pub size: f64,
    pub projection: Projection,
}

const SQRT3: f64 = 1.732_050_807_568_877_2;

impl Grid {
    pub fn new(shape: GridShape, size_m: u32, projection: Projection) -> Grid {
        Grid { shape, size: f64::from(size_m.clamp(MIN_CELL_M, MAX_CELL_M)), projection }
    }

    /// The cell holding a point given in local metres.
    pub fn cell_at(&self, x: f64, y: f64) -> Option<String> {
        let (x, y) = (x + self.size, y + self.size);
        let (col, row) = match self.shape {
            GridShape::Square => ((x / self.size).floor() as i64, (y / self.size).floor() as i64),
            GridShape::Hex => {
                let r_size = self.size / SQRT3;
                let q = (SQRT3 / 3.0 * x - y / 3.0) / r_size;
                let r = (2.0 / 3.0 * y) / r_size;
                let (q, r) = cube_round(q, r);
                (q + (r - (r & 1)) / 2, r)
            }
        };
        (col >= 0 && row >= 0).then(|| self.id(col, row))
    }

    fn id(&self, col: i64, row: i64) -> String {
        let prefix = match self.shape {
            GridShape::Square => "sq",
            GridShape::Hex => "hx",
        };
        format!("{prefix}-{col}-{row}")
    }

    /// The column and row of a cell id of this grid that lies near the set.
    pub fn parse(&self, id: &str) -> Option<(i64, i64)> {
        let prefix = match self.shape {
            GridShape::Square => "sq-",
            GridShape::Hex => "hx-",
        };
        let (col, row) = id.strip_prefix(prefix)?.split_once('-')?;
        let digits = |s: &str| !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(col) || !digits(row) {
            return None;
        }
        let (col, row): (i64, i64) = (col.parse().ok()?, row.parse().ok()?);
        let max_col = (self.projection.width_m / self.size).ceil() as i64 + 3;
        let max_row = (self.projection.height_m / (self.size * 0.75)).ceil() as i64 + 3;
        (col <= max_col && row <= max_row).then_some((col, row))
    }

    /// A cell's centre in local metres.
    pub fn centre(&self, col: i64, row: i64) -> (f64, f64) {
        let (x, y) = match self.shape {
            GridShape::Square => ((col as f64 + 0.5) * self.size, (row as f64 + 0.5) * self.size),
            GridShape::Hex => {
                let r_size = self.size / SQRT3;
                (self.size * (col as f64 + 0.5 * (row & 1) as f64), r_size * 1.5 * row as f64)
            }
        };
        (x - self.size, y - self.size)
    }

    /// A cell's corners in local metres, counter-clockwise.
    pub fn corners(&self, col: i64, row: i64) -> Vec<(f64, f64)> {
        let (cx, cy) = self.centre(col, row);
        match self.shape {
            GridShape::Square => {
                let h = self.size / 2.0;
                vec![(cx - h, cy - h), (cx + h, cy - h), (cx + h, cy + h), (cx - h, cy + h)]
            }
            GridShape::Hex => {
                let r_size = self.size / SQRT3;
                (0..6)
                    .map(|i| {
                        let angle = (30.0 + 60.0 * f64::from(i)).to_radians();
                        (cx + r_size * angle.cos(), cy + r_size * angle.sin())
                    })
                    .collect()
            }
        }
    }

    /// A cell as a polygon in longitude/latitude.
    pub fn cell_polygon(&self, col: i64, row: i64) -> Polygon<f64> {
        let mut ring: Vec<Coord<f64>> = self
            .corners(col, row)
            .into_iter()
            .map(|(x, y)| {
                let (lon, lat) = self.projection.to_lonlat(x, y);
                Coord { x: round6(lon), y: round6(lat) }
            })
            .collect();
        if let Some(first) = ring.first().copied() {
            ring.push(first);
        }
        Polygon::new(LineString::new(ring), vec![])
    }
}

fn cube_round(q: f64, r: f64) -> (i64, i64) {
    let s = -q - r;
    let (mut rq, mut rr, rs) = (q.round(), r.round(), s.round());
    let (dq, dr, ds) = ((rq - q).abs(), (rr - r).abs(), (rs - s).abs());
    if dq > dr && dq > ds {
        rq = -rr - rs;
    } else if dr > ds {
        rr = -rq - rs;
    }
    (rq as i64, rr as i64)
}

/// A consultation's map: its areas, where they are drawn, and its grid.
#[derive(Clone, Debug)]
pub struct ConsultationMap {
    pub set_id: i32,
    pub set: AreaSet,
    pub frame: Frame,
    pub grid: Grid,
}

/// What a tap on the map landed on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tap {
    /// Inside this area, in this grid cell.
    Inside { area: String, cell: String },
    /// Outside every area.
    Outside,
}

impl ConsultationMap {
    pub fn new(set_id: i32, set: AreaSet, shape: GridShape, cell_m: u32) -> ConsultationMap {
        let projection = Projection::of(&set);
        ConsultationMap { set_id, frame: Frame::of(projection), grid: Grid::new(shape, cell_m, projection), set }
    }

    /// The area and grid cell under a tap at CSS pixel (`px`, `py`). The
    /// exact point is dropped here: only the area and the cell go on.
    pub fn tap(&self, px: f64, py: f64) -> Tap {
        if !(px.is_finite() && py.is_finite()) {
            return Tap::Outside;
        }
        let (x, y) = self.frame.px_to_metres(px, py);
        let (lon, lat) = self.frame.projection.to_lonlat(x, y);
        match (self.set.area_at(lon, lat), self.grid.cell_at(x, y)) {
            (Some(a), Some(cell)) => Tap::Inside { area: a.id.clone(), cell },
            _ => Tap::Outside,
        }
    }

    /// The area a grid cell's centre lies in, if any.
    pub fn area_of_cell(&self, cell: &str) -> Option<&MapArea> {
        let (col, row) = self.grid.parse(cell)?;
        let (x, y) = self.grid.centre(col, row);
        let (lon, lat) = self.frame.projection.to_lonlat(x, y);
        self.set.area_at(lon, lat)
    }

    /// Whether `id` is a cell of this map's grid near its areas.
    pub fn is_cell(&self, id: &str) -> bool {
        self.grid.parse(id).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARES: &str = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"West","name:fr":"Ouest"},"geometry":{"type":"Polygon","coordinates":[[[6.60,46.50],[6.62,46.50],[6.62,46.52],[6.60,46.52],[6.60,46.50]]]}},
      {"type":"Feature","id":"east","properties":{"name":"Est Side"},"geometry":{"type":"MultiPolygon","coordinates":[[[[6.62,46.50],[6.64,46.50],[6.64,46.52],[6.62,46.52],[6.62,46.50]]]]}}
    ]}"#;

    #[test]
    fn a_valid_collection_gives_areas_with_ids_and_names_per_language() {
        let set = parse_geojson(SQUARES, "name").expect("valid");
        assert_eq!(set.areas.len(), 2);
        assert_eq!(set.areas[0].id, "west");
        assert_eq!(set.areas[0].name("fr"), "Ouest");
        assert_eq!(set.areas[0].name("fr-CH"), "Ouest");
        assert_eq!(set.areas[0].name("ar"), "West");
        assert_eq!(set.areas[1].id, "east");
        assert_eq!(set.area_at(6.61, 46.51).map(|a| a.id.as_str()), Some("west"));
        assert_eq!(set.area_at(6.70, 46.51), None);
    }

    #[test]
    fn every_problem_is_named_by_its_feature_in_one_go() {
        let bad = r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"name":"Open"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}},
          {"type":"Feature","properties":{"name":"Bow tie"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}},
          {"type":"Feature","properties":{"name":"Far"},"geometry":{"type":"Polygon","coordinates":[[[500000,0],[500100,0],[500100,100],[500000,0]]]}},
          {"type":"Feature","properties":{"name":"Line"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}},
          {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}
        ]}"#;
        let errs = parse_geojson(bad, "name").expect_err("invalid");
        let outer = Ring { polygon: 0, hole: 0 };
        let found =
            |feature: usize, problem: Problem| errs.iter().any(|e| e.feature == Some(feature) && e.problem == problem);
        assert!(found(1, Problem::NotClosed(outer)), "{errs:?}");
        assert!(errs[0].name.as_deref() == Some("Open"), "{errs:?}");
        assert!(found(2, Problem::SelfIntersection(outer)), "{errs:?}");
        assert!(
            errs.iter().any(|e| e.feature == Some(3)
                && matches!(e.problem, Problem::OutOfRange { projected: true, position: 1, .. })),
            "{errs:?}"
        );
        assert!(found(4, Problem::NotAnArea { kind: "LineString".into() }), "{errs:?}");
        assert!(found(5, Problem::NoName { property: "name".into() }), "{errs:?}");
    }

    #[test]
    fn a_projected_crs_and_a_continent_are_refused() {
        let projected = SQUARES.replacen(
            "\"features\"",
            "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::25833\"}},\"features\"",
            1,
        );
        assert_eq!(
            parse_geojson(&projected, "name").expect_err("crs")[0].problem,
            Problem::NotWgs84 { crs: "urn:ogc:def:crs:EPSG::25833".into() }
        );
        let wide = SQUARES.replace("[6.64,46.50],[6.64,46.52]", "[9.64,46.50],[9.64,46.52]");
        assert!(matches!(
            parse_geojson(&wide, "name").expect_err("too wide")[0].problem,
            Problem::TooWide { max_km: 200, .. }
        ));
    }

    fn map(shape: GridShape) -> ConsultationMap {
        ConsultationMap::new(1, parse_geojson(SQUARES, "name").unwrap(), shape, 100)
    }

    #[test]
    fn a_tap_lands_in_its_area_and_a_cell_holding_it() {
        for shape in [GridShape::Square, GridShape::Hex] {
            let m = map(shape);
            let mut seen = std::collections::BTreeSet::new();
            for i in 0..400 {
                let px = MAP_MARGIN + (i % 20) as f64 * 15.0 + 3.0;
                let py = MAP_MARGIN + (i / 20) as f64 * 7.0 + 2.0;
                let (x, y) = m.frame.px_to_metres(px, py);
                let Tap::Inside { cell, .. } = m.tap(px, py) else { continue };
                let (col, row) = m.grid.parse(&cell).expect("a cell of the grid");
                let (cx, cy) = m.grid.centre(col, row);
                // The point is in the cell: no farther from its centre than a corner is.
                let reach = match shape {
                    GridShape::Square => m.grid.size / 2.0 * SQRT3.min(1.415),
                    GridShape::Hex => m.grid.size / SQRT3,
                };
                assert!(((x - cx).powi(2) + (y - cy).powi(2)).sqrt() <= reach + 1e-6, "{shape:?} {cell}");
                seen.insert(cell);
            }
            assert!(seen.len() > 20, "{shape:?}: {}", seen.len());
        }
        assert_eq!(map(GridShape::Square).tap(1.0, 1.0), Tap::Outside);
    }

    #[test]
    fn cell_ids_outside_the_grid_are_not_cells() {
        let m = map(GridShape::Hex);
        assert!(m.is_cell("hx-3-4"));
        assert!(!m.is_cell("sq-3-4"));
        assert!(!m.is_cell("hx-3-99999"));
        assert!(!m.is_cell("hx--3-4"));
        assert!(!m.is_cell("hx-3.5-4"));
    }

    #[test]
    fn simplification_keeps_every_area_valid_and_small() {
        let set = parse_geojson(SQUARES, "name").unwrap().simplified();
        assert!(set.areas.iter().all(|a| a.shape.validation_errors().is_empty()));
        let again = parse_geojson(&set.to_geojson().to_string(), "name").expect("round trip");
        assert_eq!(again.areas.len(), 2);
        assert_eq!(again.areas[0].names, set.areas[0].names);
    }

    #[test]
    fn names_become_ids() {
        assert_eq!(slug("Friedrichshain-Kreuzberg"), "friedrichshain-kreuzberg");
        assert_eq!(slug("Île de la Cité"), "ile-de-la-cite");
        assert_eq!(slug("12 Rue"), "area-12-rue");
    }
}
