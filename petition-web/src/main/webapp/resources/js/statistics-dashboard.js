/* 统计报表 dashboard: draws every chart from the JSON the page carries (#chartData); a click on a
   bar, point or segment opens the list of the matters behind it. SVG rendering stays sharp on a
   projector; the charts follow the window's size (phone to 大屏). */
(function () {
    'use strict';

    function option(c) {
        var big = document.body.classList.contains('stats-big');
        var font = big ? 18 : 12;
        if (c.type === 'pie') {
            return {
                animation: false,
                tooltip: {trigger: 'item'},
                legend: {bottom: 0, textStyle: {fontSize: font}},
                series: [{
                    type: 'pie', radius: ['35%', '62%'], center: ['50%', '45%'],
                    label: {formatter: '{b}\n{c}', fontSize: font},
                    data: c.categories.map(function (name, i) { return {name: name, value: c.series[0].data[i]}; })
                }]
            };
        }
        var categoryAxis = {type: 'category', data: c.categories, axisLabel: {fontSize: font, interval: 0,
            rotate: !c.horizontal && c.categories.length > 4 ? 25 : 0}};
        var valueAxis = {type: 'value', minInterval: 1, axisLabel: {fontSize: font}};
        if (c.horizontal) {
            categoryAxis.inverse = true;
        }
        return {
            animation: false,
            tooltip: {trigger: 'axis'},
            legend: {top: 0, textStyle: {fontSize: font}},
            grid: {left: 8, right: 24, bottom: 8, top: 36, containLabel: true},
            xAxis: c.horizontal ? valueAxis : categoryAxis,
            yAxis: c.horizontal ? categoryAxis : valueAxis,
            series: c.series.map(function (s) {
                return {name: s.name, type: c.type, data: s.data, barMaxWidth: 48,
                    label: {show: true, position: c.horizontal ? 'right' : 'top', fontSize: font}};
            })
        };
    }

    function render() {
        var source = document.getElementById('chartData');
        if (!source || typeof echarts === 'undefined') {
            return;
        }
        var data = JSON.parse(source.getAttribute('data-json'));
        data.charts.forEach(function (c) {
            var el = document.getElementById('chart-' + c.id);
            if (!el) {
                return;
            }
            var old = echarts.getInstanceByDom(el);
            if (old) {
                old.dispose();
            }
            var chart = echarts.init(el, null, {renderer: 'svg'});
            chart.setOption(option(c), true);
            chart.on('click', function (p) {
                var s = c.series[p.seriesIndex || 0];
                var url = s && s.links[p.dataIndex];
                if (url) {
                    window.location.href = url;
                }
            });
            el.setAttribute('data-rendered', 'true');
            el.setAttribute('data-points', String(c.categories.length));
        });
    }

    window.addEventListener('resize', function () {
        document.querySelectorAll('.stats-chart').forEach(function (el) {
            var c = echarts.getInstanceByDom(el);
            if (c) {
                c.resize();
            }
        });
    });
    window.statsDashboard = {render: render};
    document.addEventListener('DOMContentLoaded', render);
})();
