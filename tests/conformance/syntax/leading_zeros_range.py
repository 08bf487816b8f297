# Leading zeros (and underscores among them) are underlined up to the first nonzero digit
mode = 00_755
