// The map: where the chosen actor's events happened, one point per place, sized by events.
// Country shapes come from world-atlas (Natural Earth, bundled): no map tiles are fetched.
import { ScatterChart } from "echarts/charts";
import { GeoComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";

echarts.use([ScatterChart, GeoComponent, TooltipComponent, CanvasRenderer]);
echarts.registerMap("world", feature(world, world.objects.countries));

/** A world map whose points call `onPick(place)` when clicked. */
export function createPlaceMap(el, onPick) {
  const chart = echarts.init(el, null, { renderer: "canvas" });
  chart.on("click", (e) => {
    if (e.seriesType === "scatter" && e.data) onPick(e.data.place);
  });
  return {
    resize: () => chart.resize(),
    /** Draw `places` ({id, name, lat, lon, n}); the one with id `selected` stands out. */
    show(places, selected) {
      const most = Math.max(1, ...places.map((p) => p.n));
      el.dataset.points = String(places.length);
      chart.setOption(
        {
          tooltip: { trigger: "item", formatter: (p) => `${p.data.place.name}: ${p.data.place.n} events` },
          geo: {
            map: "world",
            roam: true,
            itemStyle: { areaColor: "#eef1f5", borderColor: "#b8c0cc" },
            emphasis: { disabled: true },
          },
          series: [
            {
              type: "scatter",
              coordinateSystem: "geo",
              data: places.map((p) => ({
                name: p.name,
                value: [p.lon, p.lat, p.n],
                place: p,
                symbolSize: 6 + 18 * Math.sqrt(p.n / most),
                itemStyle: { color: p.id === selected ? "#d1495b" : "#2e6f9e", opacity: 0.8 },
              })),
            },
          ],
        },
        { notMerge: true },
      );
    },
  };
}
