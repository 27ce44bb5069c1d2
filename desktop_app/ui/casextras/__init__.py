"""What a consultant keeps with a case besides the plan (issue 14): appointments,
attachments, the documents the app made – self-contained boxes for the case page – the
Opvolging agenda, and opening and printing PDFs."""
