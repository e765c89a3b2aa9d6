// ECharts, with only the parts the dashboard draws, so the bundle stays small.
import { BarChart, GraphChart } from "echarts/charts";
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([
  BarChart,
  GraphChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/**
 * A stacked bar chart over periods with a zoom slider; `onRange(first, last)` gets the
 * first and last period in view after the analyst moves the slider or clicks a bar
 * (null, null when the whole period is in view).
 */
export function createPeriodChart(el, onRange) {
  const chart = echarts.init(el, null, { renderer: "canvas" });
  let categories = [];
  let quiet = false; // set while the dashboard itself moves the window
  let timer = null;

  chart.on("datazoom", () => {
    if (quiet) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const zoom = chart.getOption().dataZoom[0];
      const first = clampIndex(zoom.startValue ?? 0);
      const last = clampIndex(zoom.endValue ?? categories.length - 1);
      const whole = first === 0 && last === categories.length - 1;
      onRange(whole ? null : categories[first], whole ? null : categories[last]);
    }, 250);
  });
  chart.on("click", (params) => {
    if (params.componentType === "series") onRange(categories[params.dataIndex], categories[params.dataIndex]);
  });

  function clampIndex(i) {
    return Math.max(0, Math.min(categories.length - 1, Math.round(i)));
  }

  function window(first, last) {
    const start = first ? Math.max(0, categories.indexOf(first)) : 0;
    const endAt = last ? categories.indexOf(last) : -1;
    return { startValue: start, endValue: endAt >= 0 ? endAt : categories.length - 1 };
  }

  return {
    chart,
    /** Draw `series` ({name, stack, color, values, pattern}) over `cats`, zoomed to a window. */
    show(cats, series, { first = null, last = null, tooltip } = {}) {
      categories = cats;
      quiet = true;
      chart.setOption(
        {
          animation: false,
          grid: { left: 44, right: 16, top: 36, bottom: 64 },
          legend: { type: "scroll", top: 0, data: [...new Set(series.map((s) => s.name))] },
          tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, ...(tooltip ? { formatter: tooltip } : {}) },
          xAxis: { type: "category", data: cats },
          yAxis: { type: "value", minInterval: 1 },
          dataZoom: [
            { type: "slider", xAxisIndex: 0, height: 22, bottom: 8, ...window(first, last) },
            { type: "inside", xAxisIndex: 0, zoomOnMouseWheel: "shift" },
          ],
          series: series.map((s) => ({
            type: "bar",
            name: s.name,
            stack: s.stack,
            data: s.values,
            barMaxWidth: 36,
            itemStyle: { color: s.color, ...(s.pattern ? { decal: s.pattern } : {}) },
            emphasis: { focus: "series" },
          })),
        },
        { notMerge: true },
      );
      quiet = false;
    },
    /** Move the zoom window to the periods `first`..`last` (null: the whole period). */
    zoomTo(first, last) {
      if (!categories.length) return;
      quiet = true;
      chart.dispatchAction({ type: "dataZoom", dataZoomIndex: 0, ...window(first, last) });
      quiet = false;
    },
    resize() {
      chart.resize();
    },
  };
}

/** A force-directed network; `onNode(id)` gets the id of a clicked node. */
export function createNetworkChart(el, onNode) {
  const chart = echarts.init(el, null, { renderer: "canvas" });
  chart.on("click", (params) => {
    if (params.dataType === "node") onNode(params.data.id);
  });
  return {
    chart,
    /** Draw nodes ({id, name, value, category, size, focus}) and edges ({source, target, width, color}). */
    show(nodes, edges, categories, legend, tooltip) {
      chart.setOption(
        {
          animationDurationUpdate: 300,
          tooltip: { formatter: tooltip },
          legend: { top: 0, data: legend },
          series: [
            {
              type: "graph",
              layout: "force",
              roam: true,
              draggable: true,
              top: 40,
              force: { repulsion: 260, edgeLength: [70, 180], gravity: 0.08 },
              label: { show: true, position: "right", formatter: "{b}" },
              categories,
              data: nodes.map((n) => ({
                ...n,
                symbolSize: n.size,
                itemStyle: n.focus ? { borderColor: "#111", borderWidth: 3 } : undefined,
                label: n.focus ? { fontWeight: "bold" } : undefined,
              })),
              links: edges.map((e) => ({
                ...e,
                lineStyle: { width: e.width, color: e.color, opacity: 0.85, curveness: 0.08 },
              })),
              emphasis: { focus: "adjacency", lineStyle: { width: 6 } },
            },
          ],
        },
        { notMerge: true },
      );
    },
    resize() {
      chart.resize();
    },
  };
}
