"""The contract warning (reason required), the change-of-volume dialog and ending a
deployment. The dialogs that store something call the session's results area."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from ...core import codelists
from ...core.costs import format_euro, volume_message
from ...core.lifecycle import LifecycleError
from ...core.validation import ValidationError, format_date
from ..i18n import in_ui_lang
from ..messages import validation_message
from .common import error_label, lifecycle_message


class ContractWarningDialog(QDialog):
    """Shown when the chosen provider has no contract for the product in the family's
    region (seed 003: products were contracted at the wrong providers). Only with a
    reason can the consultant go on; the reason is stored with the deployment."""

    def __init__(self, provider: str, product: str, region: str, parent=None):
        super().__init__(parent)
        self.setObjectName("contractWarning")
        self.setWindowTitle(self.tr("Geen contract"))
        self.setFixedWidth(580)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("⚠ Deze aanbieder heeft geen contract voor dit product"))
        title.setObjectName("warningTitle")
        title.setStyleSheet("font-size: 13pt; font-weight: 600; color: #8a4b00;")
        title.setWordWrap(True)
        layout.addWidget(title)
        text = QLabel(self.tr(
            "%1 is in %3 niet gecontracteerd voor '%2'. De gemeente betaalt deze hulp dan "
            "mogelijk niet, of alleen na overleg. Kies liever een gecontracteerde aanbieder.\n\n"
            "Kiest u toch deze aanbieder? Schrijf dan op waarom. De reden wordt bewaard bij de inzet.")
            .replace("%1", provider).replace("%2", product).replace("%3", region))
        text.setWordWrap(True)
        text.setObjectName("contractWarningText")
        layout.addWidget(text)
        label = QLabel(self.tr("&Reden"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("contractReason")
        self.reason.setAccessibleName(self.tr("Reden"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        label.setBuddy(self.reason)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(self.tr("Toch &kiezen"))
        self.ok.setObjectName("contractAccept")
        self.ok.setEnabled(False)
        cancel = self.buttons.button(QDialogButtonBox.Cancel)
        cancel.setText(self.tr("&Andere aanbieder kiezen"))
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip())))
        self._wrapped = (title, text)
        self.reason.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Word-wrapped labels need their height for the real width and the styled font.
        for label in self._wrapped:
            label.ensurePolished()
            label.setMinimumHeight(label.heightForWidth(self.width() - 40))
        self.adjustSize()
        super().showEvent(event)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class VolumeChangeDialog(QDialog):
    """Afschalen (or opschalen) from a date; shows what it saves before storing."""

    def __init__(self, area, deployment, parent=None):
        super().__init__(parent)
        self.setObjectName("volumeChange")
        self.area, self.dep = area, deployment
        self.setWindowTitle(self.tr("Omvang wijzigen"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Nu: %1. De oude omvang blijft bewaard in de geschiedenis.")
                       .replace("%1", in_ui_lang(volume_message(deployment.volume))))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.from_date = QLineEdit()
        self.from_date.setObjectName("fromDate")
        self.from_date.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.amount = QLineEdit()
        self.amount.setObjectName("newAmount")
        self.reason = QLineEdit()
        self.reason.setObjectName("changeReason")
        for text, widget in ((self.tr("&Vanaf"), self.from_date),
                             (self.tr("&Nieuwe omvang"), self.amount),
                             (self.tr("&Reden"), self.reason)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        layout.addLayout(form)
        self.saving = QLabel()
        self.saving.setObjectName("saving")
        self.saving.setWordWrap(True)
        layout.addWidget(self.saving)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Vastleggen"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.from_date.textChanged.connect(self.update_saving)
        self.amount.textChanged.connect(self.update_saving)

    def update_saving(self) -> None:
        try:
            saving = self.area.saving(self.dep.id, self.amount.text(), self.from_date.text())
        except ValidationError:
            self.saving.setText("")
            return
        if saving.cents is None:
            self.saving.setText(self.tr("De besparing is niet te berekenen."))
        elif saving.cents >= 0:
            self.saving.setText(self.tr("Dit scheelt %1 tot het einde van de beschikking.")
                                .replace("%1", format_euro(saving.cents)))
        else:
            self.saving.setText(self.tr("Dit kost %1 meer tot het einde van de beschikking.")
                                .replace("%1", format_euro(-saving.cents)))

    def try_accept(self) -> None:
        from ...core.costs import Volume

        try:
            volume = Volume(self.amount.text(), self.dep.volume.unit, self.dep.volume.frequency)
            self.area.change_volume(self.dep.id, self.from_date.text(), volume,
                                    self.reason.text())
        except ValidationError as exc:
            self.error.setText(validation_message(exc.code))
            self.error.show()
            return
        except LifecycleError as exc:
            self.error.setText(lifecycle_message(exc))
            self.error.show()
            return
        self.accept()


class EndDeploymentDialog(QDialog):
    """End the help on a day with a reason from the iJw list (JZ588); the end date of the
    beschikking is brought forward to that day."""

    def __init__(self, area, deployment, parent=None):
        super().__init__(parent)
        self.setObjectName("endDeploymentDialog")
        self.area, self.dep = area, deployment
        self.setWindowTitle(self.tr("Inzet beëindigen"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        period = f"{format_date(deployment.start) or '?'} – {format_date(deployment.end) or '?'}"
        intro = QLabel(self.tr("%1 bij %2, beschikking %3. Na deze dag telt de inzet niet meer "
                               "mee voor de kosten en de volgende evaluatie.")
                       .replace("%1", deployment.product_name or self.tr("Deze inzet"))
                       .replace("%2", deployment.provider_name or "–").replace("%3", period))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.on = QLineEdit(format_date(date.today()))
        self.on.setObjectName("endOn")
        self.on.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.reason = QComboBox()
        self.reason.setObjectName("endDeploymentReason")
        self.reason.addItem(self.tr("– kies een reden –"), "")
        for code, text in codelists.jz588().items():
            self.reason.addItem(f"{code} {text}", code)
        for text, widget in ((self.tr("&Laatste dag"), self.on),
                             (self.tr("&Reden (iJw-lijst)"), self.reason)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok = buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(self.tr("&Beëindigen"))
        self.ok.setObjectName("endDeploymentOk")
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ended_on: date | None = None

    def try_accept(self) -> None:
        try:
            self.ended_on = self.area.end_deployment(self.dep.id, self.reason.currentData(),
                                                     self.on.text())
        except ValidationError as exc:
            self.error.setText(validation_message(exc.code))
            self.error.show()
            return
        except LifecycleError as exc:
            self.error.setText(lifecycle_message(exc))
            self.error.show()
            return
        self.accept()
