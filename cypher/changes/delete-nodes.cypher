// Deletes rows of one node table ($label) by id, with the relationships that hang off them.
UNWIND $ids AS id
MATCH (n:$($label) {id: id})
DETACH DELETE n
