# list.sort sorts in place and returns None.
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
result = records.sort(key=lambda r: r[1])
print(result)
print(records)
records.sort(key=lambda r: r[0], reverse=True)
print(records)
nums = [5, -2, 9, -7]
nums.sort(key=abs)
print(nums)
