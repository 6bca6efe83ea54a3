"""Online attendance: Zoom and Teams attendance exports, matched to participants and
counted per agenda item."""
