# Sorting, min, max and groupby with itemgetter, attrgetter (dotted, several names) and methodcaller keys.
from operator import itemgetter, attrgetter, methodcaller
import itertools

class Address:
    def __init__(self, city):
        self.city = city

class Person:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.address = Address(city)
    def __repr__(self):
        return self.name

rows = [("bob", 31, "paris"), ("alice", 25, "oslo"), ("carol", 31, "lima"), ("dave", 25, "paris")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(sorted(rows, key=itemgetter(2), reverse=True))
print(max(rows, key=itemgetter(1)), min(rows, key=itemgetter(0)))
people = [Person(*r) for r in rows]
print(sorted(people, key=attrgetter("age")))
print(sorted(people, key=attrgetter("age", "name")))
print(sorted(people, key=attrgetter("address.city")))
print(sorted(["b", "A", "c"], key=methodcaller("lower")), sorted(["b", "A", "c"], key=str.lower))
people.sort(key=attrgetter("address.city", "age"))
print(people)
for age, group in itertools.groupby(sorted(people, key=attrgetter("age")), key=attrgetter("age")):
    print(age, list(map(attrgetter("name"), group)))
print(list(map(itemgetter(0), rows)), list(map(itemgetter(slice(1, None)), rows))[:2])
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d.items(), key=itemgetter(1)), max(d, key=d.get))
print(attrgetter("name", "address.city")(people[0]), itemgetter("x", "z")(d))
print(list(map(methodcaller("split", "-", 1), ["a-b-c", "d"])), methodcaller("replace", "a", old="x")) 
