"""English month and weekday names, in one place for every reader of them: the dates of the
text (ingest.nlp.dates), the datelines of page dumps (ingest.read.textdump) and the words that
name no actor (ingest.nlp.actors)."""

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
