"""End-of-day reports: the data they show, the XLSX/CSV writers, the one-page PDF and its
charts."""
