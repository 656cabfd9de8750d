"""Date expressions: English date words (vocabulary), calendar arithmetic on TimeML values
(calendar), the direction a clause's tense points (tense), the expressions and their values
(patterns). analysis.timeline puts them together over an article."""
