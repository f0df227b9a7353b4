"""Regions of the gazetteer (Eastern Ghouta, the Ghab plain, "X countryside" and its four parts):
each is the mean of named OpenSyria subdistrict centroids, listed in its `source`."""
from __future__ import annotations

import math

from gazetteer_records import Rec, nearest_sub

REGIONS = (
    # (name_ar, name_en, aliases_ar, aliases_en, governorate id, member subdistrict ids)
    ("الغوطة الشرقية", "Eastern Ghouta", ["غوطة دمشق الشرقية"], ["East Ghouta", "Eastern Ghuta", "al-Ghouta al-Sharqiya"],
     "sy-rif-dimashq", ["sy-rif-dimashq-douma-duma", "sy-rif-dimashq-douma-harasta", "sy-rif-dimashq-markaz-rif-dimashq-arbin",
                        "sy-rif-dimashq-markaz-rif-dimashq-kafr-batna", "sy-rif-dimashq-markaz-rif-dimashq-maliha",
                        "sy-rif-dimashq-douma-nashabiyeh"]),
    ("الغوطة الغربية", "Western Ghouta", ["غوطة دمشق الغربية"], ["West Ghouta", "Western Ghuta", "al-Ghouta al-Gharbiya"],
     "sy-rif-dimashq", ["sy-rif-dimashq-darayya-markaz-darayya", "sy-rif-dimashq-darayya-sahnaya",
                        "sy-rif-dimashq-qatana-qatana"]),
    ("القلمون", "Qalamoun", ["جبال القلمون", "منطقة القلمون"], ["Qalamun", "Qalamoon", "Qalamoun Mountains"],
     "sy-rif-dimashq", ["sy-rif-dimashq-al-nabk-an-nabk", "sy-rif-dimashq-al-nabk-deir-attiyeh",
                        "sy-rif-dimashq-yabrud-yabroud", "sy-rif-dimashq-yabrud-esal-el-ward", "sy-rif-dimashq-al-tall-rankus",
                        "sy-rif-dimashq-al-qutayfah-ma-loula", "sy-rif-dimashq-al-qutayfah-jirud",
                        "sy-rif-dimashq-al-qutayfah-raheiba", "sy-rif-dimashq-al-qutayfah-al-qutayfah"]),
    ("وادي بردى", "Wadi Barada", [], ["Barada Valley", "Wadi Barada valley"],
     "sy-rif-dimashq", ["sy-rif-dimashq-al-zabadani-ein-elfijeh"]),
    ("سهل الغاب", "al-Ghab Plain", ["منطقة الغاب"], ["Ghab Plain", "Sahl al-Ghab", "al-Ghab plain", "the Ghab plain"],
     "sy-hama", ["sy-hama-al-suqaylabiyah-as-suqaylabiyah", "sy-hama-al-suqaylabiyah-madiq-castle",
                 "sy-hama-al-suqaylabiyah-shat-ha", "sy-hama-al-suqaylabiyah-tell-salhib", "sy-hama-al-suqaylabiyah-ziyara"]),
    ("جبل الزاوية", "Jabal al-Zawiya", [], ["Jabal al-Zawiyah", "Jebel al-Zawiya", "Jabal Zawiya", "Jebel Zawiya"],
     "sy-idlib", ["sy-idlib-ariha-ehsem"]),
)
DIRECTIONS = (("الشمالي", "northern", "north", 0), ("الشرقي", "eastern", "east", 90),
              ("الجنوبي", "southern", "south", 180), ("الغربي", "western", "west", 270))


def bearing(lat1, lon1, lat2, lon2) -> float:
    p = math.pi / 180
    y = math.sin((lon2 - lon1) * p) * math.cos(lat2 * p)
    x = math.cos(lat1 * p) * math.sin(lat2 * p) - math.sin(lat1 * p) * math.cos(lat2 * p) * math.cos((lon2 - lon1) * p)
    return (math.atan2(y, x) / p) % 360


def mean_region(name_ar, name_en, aliases_ar, aliases_en, gov, members: list[Rec], how: str) -> Rec:
    lat = round(sum(m.lat for m in members) / len(members), 5)
    lon = round(sum(m.lon for m in members) / len(members), 5)
    src = f"derived: mean of {len(members)} OpenSyria subdistrict centroids {how}: " + ", ".join(
        f"{m.name_en} ({m.id})" for m in members)
    rec = Rec(name_ar, name_en, "region", lat, lon, "centroid", [src], aliases_ar=aliases_ar,
              aliases_en=aliases_en, governorate=gov, parent_id=gov, origin="region")
    return rec


def lam(name: str) -> str:
    """'ل' + name as Arabic writes it: لحلب, للحسكة."""
    return "ل" + name[1:] if name.startswith("ال") else "ل" + name


def build_regions(admin: dict[str, Rec], subs, capitals: dict[str, Rec]) -> list[Rec]:
    out = []
    for name_ar, name_en, al_ar, al_en, gov, ids in REGIONS:
        out.append(mean_region(name_ar, name_en, al_ar, al_en, gov, [admin[i] for i in ids], "named as members"))
    for gov_id, city in capitals.items():
        gov = admin[gov_id]
        if gov_id == "sy-damascus":
            continue
        own = nearest_sub(subs, city.lat, city.lon, gov_id if gov_id != "sy-rif-dimashq" else None)
        members = [s for s in subs if s["gov"] == gov_id and s["id"] != own["id"]]
        city_ar = city.name_ar if gov_id != "sy-rif-dimashq" else "دمشق"
        city_en = city.name_en if gov_id != "sy-rif-dimashq" else "Damascus"
        if gov_id != "sy-rif-dimashq":
            out.append(mean_region(f"ريف {city_ar}", f"{city_en} countryside", [f"ريف محافظة {city_ar}"],
                                   [f"rural {city_en}", f"{city_en} countryside", f"{city_en}'s countryside",
                                    f"the {city_en} countryside"],
                                   gov_id, [s["rec"] for s in members],
                                   f"of {gov.name_en} governorate except the capital's own ({own['id']})"))
        for d_ar, d_en, d_short, deg in DIRECTIONS:
            part = [s["rec"] for s in members
                    if abs((bearing(city.lat, city.lon, s["lat"], s["lon"]) - deg + 180) % 360 - 180) <= 45]
            if not part:
                continue
            out.append(mean_region(
                f"ريف {city_ar} {d_ar}", f"{d_en.capitalize()} {city_en} countryside",
                [f"الريف {d_ar} {lam(city_ar)}", f"الريف {d_ar} من {city_ar}"],
                [f"{d_en} {city_en} countryside", f"{d_short} {city_en} countryside", f"{city_en} {d_en} countryside",
                 f"{d_en} rural {city_en}", f"rural {d_en} {city_en}", f"{city_en}'s {d_en} countryside",
                 f"{d_en} countryside of {city_en}"],
                gov_id, part, f"of {gov.name_en} governorate lying {d_short} of {city_en} "
                              f"(bearing from the city point within 45 degrees of {deg})"))
    return out
