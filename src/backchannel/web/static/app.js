// backchannel's page behaviour. Pages carry their data as data-* attributes and JSON URLs; nothing
// here builds HTML from strings: every label is set as text, so article text can never become markup.
(function () {
  "use strict";

  var LIBRARIES = {
    timeline: "/static/vendor/vis-timeline-graph2d.min.js",
    network: "/static/vendor/cytoscape.min.js"
  };
  var loading = {};

  // The drawing libraries are large: a page loads one only when it has something to draw with it.
  function library(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = LIBRARIES[name];
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) { return r.json(); });
  }

  function textElement(tag, text, className) {
    var el = document.createElement(tag);
    el.textContent = text;
    if (className) { el.className = className; }
    return el;
  }

  function day(value) {
    return value ? String(value).slice(0, 10) : null;
  }

  function contactItems(events) {
    var items = [];
    events.forEach(function (e) {
      var start = day(e.sort_date) || day(e.reports.length ? e.reports[0].published : null);
      if (!start) { return; }
      var names = e.participants.map(function (p) { return p.name; }).join(", ");
      items.push({
        id: e.id,
        start: start,
        content: textElement("span", (e.mode || "contact") + ": " + names),
        className: "status-" + e.status,
        url: "/contacts/" + e.id
      });
    });
    return items;
  }

  function confirmationItems(event) {
    return event.confirmations.filter(function (c) { return c.published; }).map(function (c, i) {
      return {
        id: i,
        start: day(c.published),
        content: textElement("span", (c.by || "unknown") + ": " + c.status.replace(/_/g, " ")),
        className: "conf-" + c.status
      };
    });
  }

  function drawTimeline(el) {
    if (el.dataset.drawn) { return; }
    el.dataset.drawn = "yes";
    Promise.all([getJSON(el.dataset.src), library("timeline")])
      .then(function (loaded) {
        var data = loaded[0];
        var items = el.dataset.timeline === "confirmations" ? confirmationItems(data) : contactItems(data);
        el.dataset.items = String(items.length);
        if (!items.length) {
          el.appendChild(textElement("p", "Nothing dated to draw.", "muted"));
          return;
        }
        var timeline = new vis.Timeline(el, new vis.DataSet(items), { stack: true, zoomKey: "ctrlKey" });
        timeline.on("select", function (props) {
          var item = items.find(function (it) { return it.id === props.items[0]; });
          if (item && item.url) { window.location.href = item.url; }
        });
        el.timeline = timeline;
      });
  }

  // An actor's network: the actor in the middle, counterparts around, theirs further out.
  // Any other network: a force layout while it is small, a circle when a force layout would be slow.
  function layout(size, focus) {
    if (focus) {
      return { name: "concentric", animate: false, minNodeSpacing: 20,
               concentric: function (node) { return node.data("focus") ? 2 : 1; }, levelWidth: function () { return 1; } };
    }
    return { name: size > 60 ? "circle" : "cose", animate: false };
  }

  function drawNetwork(el) {
    if (el.dataset.drawn) { return; }
    el.dataset.drawn = "yes";
    Promise.all([getJSON(el.dataset.src), library("network")])
      .then(function (loaded) {
        var data = loaded[0];
        var most = Math.max.apply(null, [1].concat(data.nodes.map(function (n) { return n.contacts; })));
        var focus = el.dataset.focus;
        var elements = data.nodes.map(function (n) {
          return { data: { id: String(n.id), label: n.name, size: 18 + 42 * Math.sqrt(n.contacts / most),
                           focus: String(n.id) === focus ? 1 : 0, kind: n.kind } };
        }).concat(data.edges.map(function (e) {
          return { data: { id: e.source + "-" + e.target, source: String(e.source), target: String(e.target),
                           label: String(e.count), weight: e.count } };
        }));
        var cy = cytoscape({
          container: el,
          elements: elements,
          layout: layout(data.nodes.length, focus),
          style: [
            { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)",
                                         "background-color": "#4a6fa5", "font-size": 10 } },
            { selector: "node[focus = 1]", style: { "background-color": "#c0392b" } },
            { selector: "node[kind = 'country']", style: { shape: "round-rectangle" } },
            { selector: "edge", style: { label: "data(label)", width: "mapData(weight, 1, 10, 1, 6)",
                                         "line-color": "#aab", "font-size": 9, "curve-style": "bezier" } }
          ]
        });
        cy.on("tap", "node", function (evt) { window.location.href = "/actors/" + evt.target.id(); });
        el.cy = cy;
        window.backchannelNetwork = cy;
        el.dataset.nodes = String(cy.nodes().length);
        var note = document.getElementById("network-note");
        if (note && data.actors > data.nodes.length) {
          note.appendChild(textElement("span", " Showing the " + data.nodes.length + " most active of " +
                                               data.actors + " actors."));
        }
      });
  }

  function init(root) {
    root.querySelectorAll("[data-timeline]").forEach(drawTimeline);
    root.querySelectorAll("[data-network]").forEach(drawNetwork);
  }

  document.addEventListener("DOMContentLoaded", function () { init(document); });
  document.addEventListener("htmx:afterSettle", function (evt) { init(evt.target); });
})();
