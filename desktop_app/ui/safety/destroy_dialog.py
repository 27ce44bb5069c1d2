"""The destruction request (Jeugdwet 7.3.9): who asked, for which youths, the lid 2 check
with its motivation, and a typed word to confirm. The rule is core.file_rights, asked
through session.safety (check_destruction, destroy_family); this dialog only collects the
request, shows who must ask, and says in Dutch why a request is refused."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.models import age_on
from ...session.safety import DestroyRefused, DestructionRequest
from ..tasks import run_task

if TYPE_CHECKING:
    from ...session import Session

CONFIRM_WORD = "VERNIETIGEN"


class DestroyDialog(QDialog):
    """Who asked, and typing a word to confirm; then the family is removed from the
    database (session.safety.destroy_family: every screen of it closes) and from every
    backup (on a worker thread). Parent it to the window, never to a page of the family."""

    def __init__(self, session: Session, parent: QWidget, family_id: int):
        super().__init__(parent)
        self.session = session
        self.family_id = family_id
        self.setObjectName("destroyDialog")
        self.setWindowTitle(self.tr("Gezin vernietigen"))
        self.setMinimumWidth(560)
        family = session.households.get_family(family_id)
        allowed = session.safety.requesters(family_id)
        today = date.today()
        self.youths = [p for p in session.households.members(family_id) if p.role == "jeugdige"]
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Alle gegevens van gezin %1 worden definitief verwijderd: uit de database en uit "
            "alle back-ups. Dit kan niet ongedaan worden gemaakt. In het auditlogboek komt "
            "alleen dát het gebeurde, zonder persoonsgegevens.").replace("%1", family.family_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rule = QLabel(self.tr(
            "Vanaf 12 jaar vraagt de jeugdige zelf om vernietiging; de ouders vragen voor een "
            "jeugdige onder 12, of voor een jeugdige die zijn belangen niet redelijk kan "
            "overzien. Het dossier is van het hele gezin: voor elke jeugdige moet de juiste "
            "persoon vragen."))
        rule.setWordWrap(True)
        layout.addWidget(rule)
        layout.addWidget(QLabel(self.tr("Wie vroeg erom (schriftelijk)?")))
        self.options: dict[str, QCheckBox] = {}
        for code, text in (("jeugdige", self.tr("De &jeugdige zelf (12 jaar of ouder)")),
                           ("ouders", self.tr("De &ouders of verzorgers met gezag")),
                           ("termijn", self.tr("Niemand: de &bewaartermijn is voorbij"))):
            box = QCheckBox(text)
            box.setObjectName(f"requester_{code}")
            box.setEnabled(allowed.get(code, False))
            box.toggled.connect(self._update)
            self.options[code] = box
            layout.addWidget(box)
        self.cannot_judge: dict[int, QCheckBox] = {}
        for youth in self.youths:
            age = age_on(youth.birth_date, today) if youth.birth_date else None
            if age is None:
                text = self.tr("%1: geboortedatum onbekend – vul die eerst in").replace(
                    "%1", youth.first_name)
                layout.addWidget(QLabel(text))
            elif age >= 12:
                box = QCheckBox(self.tr("%1 (%2 jaar) kan zijn belangen niet redelijk overzien "
                                        "(dan vragen de ouders)")
                                .replace("%1", youth.first_name).replace("%2", str(age)))
                box.setObjectName(f"cannotJudge_{youth.id}")
                box.toggled.connect(self._update)
                self.cannot_judge[youth.id] = box
                layout.addWidget(box)
        self.needed = QLabel()
        self.needed.setObjectName("neededRequesters")
        self.needed.setWordWrap(True)
        layout.addWidget(self.needed)
        check = QLabel(self.tr("Is het bewaren van het dossier van aanmerkelijk belang voor "
                               "een ander dan de jeugdige? (Jeugdwet 7.3.9 lid 2)"))
        check.setWordWrap(True)
        layout.addWidget(check)
        self.interest_group = QButtonGroup(self)
        self.interest_no = QRadioButton(self.tr("&Nee: vernietigen mag"))
        self.interest_yes = QRadioButton(self.tr("J&a: het verzoek wordt geweigerd"))
        self.interest_no.setObjectName("otherInterestNo")
        self.interest_yes.setObjectName("otherInterestYes")
        for button in (self.interest_no, self.interest_yes):
            self.interest_group.addButton(button)
            layout.addWidget(button)
        self.motivation = QPlainTextEdit()
        self.motivation.setObjectName("motivation")
        self.motivation.setTabChangesFocus(True)
        self.motivation.setMinimumHeight(60)
        self.motivation.setMaximumHeight(90)
        motivation_label = QLabel(self.tr("&Motivering (zonder namen; blijft bewaard)"))
        motivation_label.setBuddy(self.motivation)
        layout.addWidget(motivation_label)
        layout.addWidget(self.motivation)
        self.word = QLineEdit()
        self.word.setObjectName("confirmWord")
        label = QLabel(self.tr("&Typ %1 om te bevestigen").replace("%1", CONFIRM_WORD))
        label.setBuddy(self.word)
        layout.addWidget(label)
        layout.addWidget(self.word)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Definitief vernietigen"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.destroyed_rows: dict | None = None
        self.backups_changed: int | None = None  # copies handled in the backups folder
        self.copies_not_done: int | None = None
        self._update()

    # -- the request -------------------------------------------------------------------
    def request(self) -> DestructionRequest:
        other = None
        if self.interest_yes.isChecked():
            other = True
        elif self.interest_no.isChecked():
            other = False
        return DestructionRequest.of(
            *[c for c, box in self.options.items() if box.isChecked()],
            cannot_judge=[i for i, box in self.cannot_judge.items() if box.isChecked()],
            other_interest=other, motivation=self.motivation.toPlainText())

    def _update(self) -> None:
        retention = self.options["termijn"].isChecked()
        for widget in (self.interest_no, self.interest_yes, self.motivation):
            widget.setEnabled(not retention)
        cannot = [i for i, box in self.cannot_judge.items() if box.isChecked()]
        needed = self.session.safety.needed_requesters(self.family_id, cannot)
        if needed >= {"jeugdige", "ouders"}:
            text = self.tr("Bij een verzoek moeten vragen: de jeugdige en de ouders.")
        elif "jeugdige" in needed:
            text = self.tr("Bij een verzoek moet vragen: de jeugdige zelf.")
        else:
            text = self.tr("Bij een verzoek moeten vragen: de ouders met gezag.")
        self.needed.setText(text)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _name(self, youth_id: int | None) -> str:
        return next((y.first_name for y in self.youths if y.id == youth_id), str(youth_id))

    def _refused(self, refusal) -> str:
        name, age = self._name(refusal.youth_id), str(refusal.age)
        nothing = " " + self.tr("Er is niets veranderd.")
        texts = {
            "requester": self.tr("Kies wie om vernietiging vroeg."),
            "youth": self.tr("Een jeugdige mag pas vanaf 12 jaar zelf om vernietiging vragen; "
                             "in dit gezin is geen jeugdige van 12 of ouder.") + nothing,
            "not_due": self.tr("De bewaartermijn van dit gezin is nog niet voorbij.") + nothing,
            "retention_alone": self.tr("'Bewaartermijn voorbij' gaat niet samen met een "
                                       "verzoek van ouders of jeugdige.") + nothing,
            "birth_date": self.tr("De geboortedatum van %1 is niet bekend, dus niet wie om "
                                  "vernietiging mag vragen. Vul die eerst in.")
            .replace("%1", name) + nothing,
            "youth_must_ask": self.tr("%1 is %2 jaar: vanaf 12 jaar vraagt de jeugdige zelf om "
                                      "vernietiging, niet de ouders. Alleen als %1 zijn "
                                      "belangen niet redelijk kan overzien, vragen de ouders; "
                                      "vink dat dan aan.")
            .replace("%1", name).replace("%2", age) + nothing,
            "parents_must_ask": self.tr("Voor %1 vragen de ouders met gezag om vernietiging "
                                        "(jonger dan 12, of kan zijn belangen niet overzien).")
            .replace("%1", name) + nothing,
            "cannot_judge": self.tr("%1 is jonger dan 12: dan vragen de ouders al.")
            .replace("%1", name) + nothing,
            "check": self.tr("Leg vast of het bewaren van aanmerkelijk belang is voor een ander "
                             "(Jeugdwet 7.3.9 lid 2), met een motivering van minstens 10 "
                             "tekens.") + nothing,
            "other_interest": self.tr("Geweigerd: het bewaren is van aanmerkelijk belang voor "
                                      "een ander dan de jeugdige (Jeugdwet 7.3.9 lid 2). De "
                                      "weigering en de motivering zijn vastgelegd. Er is niets "
                                      "vernietigd."),
        }
        return texts.get(refusal.code, texts["requester"])

    def try_accept(self) -> None:
        request = self.request()
        safety = self.session.safety
        family_id = self.family_id
        refused = safety.check_destruction(family_id, request)
        if refused is not None and refused.code != "other_interest":
            self.show_error(self._refused(refused))
            return
        if refused is None and self.word.text().strip() != CONFIRM_WORD:
            self.show_error(self.tr("Typ %1 (in hoofdletters) om te bevestigen.")
                            .replace("%1", CONFIRM_WORD))
            self.word.setFocus()
            return
        self.show_error("")
        self.buttons.setEnabled(False)
        try:
            # Announced as "destroyed": the family's pages close before anything else runs.
            self.destroyed_rows = safety.destroy_family(family_id, request)
        except DestroyRefused as exc:  # the lid 2 refusal, now recorded
            self.buttons.setEnabled(True)
            self.show_error(self._refused(exc.refusal))
            return
        except Exception:
            self.buttons.setEnabled(True)
            raise

        def done(copies) -> None:
            # The journal marks and the completion on this (the session's) thread.
            result = safety.record_purge(family_id, copies)
            self.backups_changed = len(result.copies)
            self.copies_not_done = len(result.not_done)
            if result.not_done:
                QMessageBox.warning(self, self.tr("Back-ups"), self.tr(
                    "%1 back-up(s) konden niet worden bijgewerkt: ze openen niet met het "
                    "huidige wachtwoord. Het gezin kan daarin nog staan.")
                    .replace("%1", str(len(result.not_done))))
            self.accept()

        def failed(exc: BaseException) -> None:
            from ..crash import show_error

            show_error(self, exc)
            self.accept()

        run_task(self, lambda _p: safety.purge_backup_files(family_id),
                 done, failed, label=self.tr("Ook uit de back-ups verwijderen…"))
