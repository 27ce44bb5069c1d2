"""PDF documents for families and providers (reportlab). No Qt.

reportlab is imported inside the functions that need it, so importing this
package costs nothing at start-up."""
