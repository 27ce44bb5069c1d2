"""The documents the app made for a case (plans, decision letters, evaluation reports):
kind, version, date and recipient, newest first; each can be opened in the system's
viewer (a copy in the private temporary folder – a protected one stays protected) and
printed with the Qt print dialog (the password asked for, in memory only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..session_bridge import follow
from .common import (
    button_row,
    document_kinds,
    empty_hint,
    end_with_stretch,
    error_label,
    made_at_text,
    set_empty,
)

WATCHED = ("documents", "case")


class DocumentsBox(QGroupBox):
    def __init__(self, session, case_id: int | None, events, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentsBox")
        self.setTitle(self.tr("Gemaakte documenten"))
        self.session = session
        self.case_id = case_id
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setObjectName("documentList")
        self.tree.setAccessibleName(self.tr("Documenten die voor deze casus zijn gemaakt"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("Document"), self.tr("Versie"), self.tr("Gemaakt"),
                                   self.tr("Aan")])
        self.tree.setMinimumHeight(110)
        layout.addWidget(self.tree, 1)
        self.empty = empty_hint(layout, self.tr("Nog geen documenten. Het plan, de "
                                                "besluitbrieven en de evaluatieverslagen komen "
                                                "hier zodra ze gemaakt zijn."))
        self.open_button, self.print_button = button_row(layout, {
            "openDocument": self.tr("&Openen"), "printDocument": self.tr("&Afdrukken…")})
        self.error = error_label()
        layout.addWidget(self.error)
        self.tree.currentItemChanged.connect(lambda *_a: self._enable())
        self.tree.itemActivated.connect(lambda *_a: self.open_current())
        self.open_button.clicked.connect(self.open_current)
        self.print_button.clicked.connect(lambda: self.print_current())
        end_with_stretch(layout)
        self._layout = layout
        follow(self, events, self._on_change)
        self.reload()

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.reload()

    def _on_change(self, change) -> None:
        if self.case_id is not None and "destroyed" not in change.kinds and \
                change.concerns(case_id=self.case_id, kinds=WATCHED):
            self.reload()

    def reload(self) -> None:
        current = self.current_id()
        self.tree.clear()
        rows = self.session.documents.of_case(self.case_id) if self.case_id else []
        kinds = document_kinds()
        for d in rows:
            label = kinds.get(d.kind, d.kind)
            if d.protected:
                label = self.tr("%1 (met wachtwoord)").replace("%1", label)
            item = QTreeWidgetItem([label, str(d.version or "–"), made_at_text(d.made_at),
                                    d.recipient])
            item.setData(0, Qt.UserRole, d.id)
            item.setData(1, Qt.UserRole, d.has_copy)
            item.setToolTip(0, d.file_name)
            self.tree.addTopLevelItem(item)
            if d.id == current:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and rows:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        set_empty(self._layout, not rows)
        self._enable()

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.UserRole) if item is not None else None

    def _enable(self) -> None:
        item = self.tree.currentItem()
        ok = item is not None and bool(item.data(1, Qt.UserRole))
        self.open_button.setEnabled(ok)
        self.print_button.setEnabled(ok)
        if item is not None and not ok:
            self.error.setText(self.tr("Van dit document is geen kopie bewaard; open het "
                                       "bestand in de map waar het is opgeslagen."))
            self.error.show()
        else:
            self.error.hide()

    def open_current(self):
        from .printing import open_external

        doc_id = self.current_id()
        if doc_id is None or not self.open_button.isEnabled():
            return None
        try:
            path = self.session.documents.open_copy(doc_id)
        except OSError:
            self.error.setText(self.tr("Het document kon niet worden klaargezet om te openen: "
                                       "is de schijf vol?"))
            self.error.show()
            return None
        open_external(path)
        return path

    def print_current(self, printer=None, password: str | None = None) -> int:
        """Print the stored copy; returns the pages printed (0: cancelled)."""
        from .printing import print_pdf

        doc_id = self.current_id()
        if doc_id is None or not self.print_button.isEnabled():
            return 0
        data = self.session.documents.content(doc_id)
        d = self.session.documents.get(doc_id)
        pages = print_pdf(self, data, password=password, printer=printer,
                          title=d.file_name.rsplit(".", 1)[0])
        if pages:
            self.session.documents.record_print(doc_id, pages)
        return pages
