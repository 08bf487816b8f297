# Adding an int and a str is a TypeError.
total = 1
total = total + "2"
