"""Progress on the case: per result the GAS level across all evaluations, the GAS
T-score over time and doelrealisatie (share of results reached), as charts.
QtCharts (PySide6-Addons) is imported only when this page opens. Read through
`session.evaluations`, and drawn again when an evaluation or a result of the case changes."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core import evaluation as ev
from ..session_bridge import follow

COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")


def _ms(day) -> float:
    return QDateTime(datetime.combine(day, time(12))).toMSecsSinceEpoch()


class ProgressPage(QWidget):
    back_requested = Signal()

    def __init__(self, session, nav, case_id: int):
        super().__init__()
        from PySide6 import QtCharts

        self.charts = QtCharts
        self.setObjectName("progressPage")
        self.session = session
        self.case_id = case_id
        case = session.households.get_case(case_id)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        back = QPushButton(self.tr("← &Terug"))
        back.setObjectName("back")
        back.clicked.connect(self.back_requested)
        title = QLabel(self.tr("Voortgang – casus %1").replace("%1", case.case_number))
        title.setObjectName("title")
        header.addWidget(back)
        header.addWidget(title, 1)
        layout.addLayout(header)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        self.content: QWidget | None = None
        self.reload()
        follow(self, nav.events, self._on_change)

    def _on_change(self, change) -> None:
        if change.concerns(case_id=self.case_id, kinds=("evaluation", "results", "case")):
            self.reload()

    def reload(self) -> None:
        if self.content is not None:
            self.body.removeWidget(self.content)
            self.content.deleteLater()
        self.content = QWidget()
        self.body.addWidget(self.content)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        evaluations = self.session.evaluations
        case = self.session.households.get_case(self.case_id)
        results = evaluations.results_for_case(self.case_id)
        points = evaluations.points(self.case_id)
        if not points:
            self.empty = QLabel(self.tr("Nog geen afgeronde evaluaties. Na de eerste evaluatie "
                                        "ziet u hier de voortgang."))
            self.empty.setWordWrap(True)
            layout.addWidget(self.empty)
            layout.addStretch(1)
            self.views = []
            return
        start = case.start_date
        levels = []
        for r in results:
            data = [(start, r.start_level)] if start and r.start_level is not None else []
            data += [(p.held_on, p.levels.get(r.id)) for p in points]
            levels.append((r.title, [(d, lv) for d, lv in data if lv is not None]))
        weights = {r.id: r.weight for r in results}
        t = ev.t_series(points, weights, {r.id: r.start_level for r in results}, start)
        real = [(d, share * 100) for d, share in ev.doelrealisatie_series(points)]
        self.views = [
            self._chart(self.tr("Niveau per doel (-2 tot +2)"), levels, -2, 2, "%+d", 5),
            self._chart(self.tr("GAS T-score (50 = doelen bereikt)"),
                        [(self.tr("T-score"), t)], 20, 80, "%d", 7),
            self._chart(self.tr("Doelrealisatie (% bereikt, deels telt half)"),
                        [(self.tr("Doelrealisatie"), real)], 0, 100, "%d%%", 5),
        ]
        top = QHBoxLayout()
        top.addWidget(self.views[0], 3)
        layout.addLayout(top, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.views[1])
        bottom.addWidget(self.views[2])
        layout.addLayout(bottom, 2)

    def _chart(self, title: str, series_data, low: float, high: float, fmt: str, ticks: int):
        qc = self.charts
        chart = qc.QChart()
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignBottom)
        chart.legend().setVisible(len(series_data) > 1)
        axis_x = qc.QDateTimeAxis()
        axis_x.setFormat("MMM yyyy")
        axis_y = qc.QValueAxis()
        axis_y.setRange(low, high)
        axis_y.setLabelFormat(fmt)
        axis_y.setTickCount(ticks)  # whole levels / round numbers only
        chart.addAxis(axis_x, Qt.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignLeft)
        days = []
        for k, (name, data) in enumerate(series_data):
            series = qc.QLineSeries()
            label = name if len(name) <= 40 else name[:39] + "…"
            series.setName(f"{k + 1}. {label}" if len(series_data) > 1 else label)
            series.setPointsVisible(True)
            pen = series.pen()
            pen.setWidth(3)
            pen.setColor(COLOURS[k % len(COLOURS)])
            series.setPen(pen)
            for day, value in data:
                series.append(_ms(day), value)
                days.append(day)
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        if days:
            lo, hi = min(days), max(days)
            axis_x.setRange(QDateTime(datetime.combine(lo, time(0))),
                            QDateTime(datetime.combine(hi, time(23))))
            axis_x.setTickCount(min(6, max(2, len(set(days)))))
        view = qc.QChartView(chart)
        view.setRenderHint(QPainter.Antialiasing)
        view.setAccessibleName(title)
        view.setMinimumHeight(220)
        return view
