// The map: where the chosen actor's events happened, each country shaded by its events and one
// point per place, sized by events.
// Country shapes come from world-atlas (Natural Earth, bundled): no map tiles are fetched.
import { MapChart, ScatterChart } from "echarts/charts";
import { GeoComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { iso31661 } from "iso-3166";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";

echarts.use([MapChart, ScatterChart, GeoComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

// world-atlas names its shapes by ISO 3166 numeric code, the API its countries by alpha-3.
const alpha3 = new Map(iso31661.map((c) => [c.numeric, c.alpha3]));
const shapes = feature(world, world.objects.countries);
const countryNames = new Map();
for (const shape of shapes.features) {
  if (shape.geometry?.type === "Polygon") unwrap(shape.geometry.coordinates);
  if (shape.geometry?.type === "MultiPolygon") shape.geometry.coordinates.forEach(unwrap);
  // A shape without a code (Kosovo, N. Cyprus) keeps its name, which no alpha-3 code matches.
  shape.properties.code = alpha3.get(shape.id) ?? shape.properties.name;
  countryNames.set(shape.properties.code, shape.properties.name);
}
echarts.registerMap("world", shapes);

/** Move the western part of a polygon that crosses the antimeridian and comes back (Russia's
 * far east, Fiji) east of 180°: drawn flat, it would stretch across the whole map. A ring that
 * crosses once goes round a pole (Antarctica) and stays as it is. */
function unwrap(polygon) {
  const outer = polygon[0];
  const crossings = outer.filter((p, i) => i > 0 && Math.abs(p[0] - outer[i - 1][0]) > 180).length;
  if (crossings !== 2) return;
  for (const ring of polygon) for (const point of ring) if (point[0] < 0) point[0] += 360;
}

const SELECTED = "#d1495b";

/** The name the map gives a country (ISO alpha-3), or the code itself. */
export function countryName(code) {
  return countryNames.get(code) ?? code;
}

/** A world map whose points call `onPick(place)` and whose countries `onPickCountry(code)`. */
export function createPlaceMap(el, onPick, onPickCountry) {
  const chart = echarts.init(el, null, { renderer: "canvas" });
  chart.on("click", (e) => {
    if (e.seriesType === "scatter" && e.data) onPick(e.data.place);
    else if (e.seriesType === "map" && e.data?.n) onPickCountry(e.data.name);
  });
  return {
    resize: () => chart.resize(),
    /** Draw `places` ({id, name, lat, lon, n}) and shade `countries` ({country, n}); the
     * place with id `selected` or the country `selectedCountry` stands out. */
    show(places, countries, selected, selectedCountry) {
      const most = Math.max(1, ...places.map((p) => p.n));
      const busiest = Math.max(1, ...countries.map((c) => c.n));
      const events = new Map(countries.map((c) => [c.country, c.n]));
      el.dataset.points = String(places.length);
      el.dataset.countries = countries.map((c) => c.country).join(",");
      chart.setOption(
        {
          tooltip: {
            trigger: "item",
            formatter: (p) =>
              p.seriesType === "map"
                ? `${countryName(p.name)}: ${p.data?.n ?? 0} events`
                : `${p.data.place.name}: ${p.data.place.n} events`,
          },
          // Every country has a shade: none for no event, then from light to dark with the
          // square root of its events, so a country of one event still shows.
          visualMap: {
            show: false,
            seriesIndex: 0,
            min: 0,
            max: 1,
            inRange: { color: ["#eef1f5", "#c9dbeb", "#5b8db8"] },
          },
          geo: {
            map: "world",
            nameProperty: "code",
            roam: true,
            itemStyle: { areaColor: "#eef1f5", borderColor: "#b8c0cc" },
            emphasis: { disabled: true },
            regions: selectedCountry
              ? [{ name: selectedCountry, itemStyle: { borderColor: SELECTED, borderWidth: 2 } }]
              : [],
          },
          series: [
            {
              type: "map",
              geoIndex: 0,
              data: shapes.features.map((shape) => {
                const n = events.get(shape.properties.code) ?? 0;
                return { name: shape.properties.code, value: n && 0.25 + 0.75 * Math.sqrt(n / busiest), n };
              }),
            },
            {
              type: "scatter",
              coordinateSystem: "geo",
              data: places.map((p) => ({
                name: p.name,
                value: [p.lon, p.lat, p.n],
                place: p,
                symbolSize: 6 + 18 * Math.sqrt(p.n / most),
                itemStyle: { color: p.id === selected ? SELECTED : "#2e6f9e", opacity: 0.8 },
              })),
            },
          ],
        },
        { notMerge: true },
      );
    },
  };
}
