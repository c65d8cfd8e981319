# Dates as people in Scotland write them ("29 November 2026"); Django's "en" is American.
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "d/m/Y"
