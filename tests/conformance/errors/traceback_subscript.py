# Carets under a chain of subscripts: the failing one's brackets marked ^, what it indexes ~
data = {"users": [{"name": "ann"}, {"name": "bob"}]}
print(data["users"][1]["name"])
print(data["users"][1][  "age"  ])
