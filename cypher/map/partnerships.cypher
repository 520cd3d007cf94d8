MATCH (p:Partnership)
OPTIONAL MATCH (p)-[:IN_REGION]->(region:Region)
RETURN p { .id, .name, .stage, .applicant_type, .business_champions, .source_url, .as_of, region_id: region.id } AS node
ORDER BY p.id
