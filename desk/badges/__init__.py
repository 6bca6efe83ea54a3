"""QR badges: layouts (data), rendering to PDF, print records."""
