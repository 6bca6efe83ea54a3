"""The event: its file (agenda, categories, countries) checked when loaded, the model the rest
of Desk reads, and how its dates, items and labels are shown."""
