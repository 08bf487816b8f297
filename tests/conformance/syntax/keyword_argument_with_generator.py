# A keyword argument whose value runs on into 'for' clauses suggests '==' or ':='
values = [3, 1, 2]
print(sorted(values, key=v for v in values))
