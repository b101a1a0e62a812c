-- Products: SCD type 1 upsert with the English category when the translation is already known. A MERGE under
-- dim_product's lock, like the customers' (customers.merge.sql says why).
MERGE INTO dw.dim_product AS d
USING (
    SELECT s.product_id, s.product_category_name AS category_name, t.category_name_english,
           s.product_name_lenght AS name_length, s.product_description_lenght AS description_length,
           s.product_photos_qty AS photos_qty, s.product_weight_g AS weight_g, s.product_length_cm AS length_cm,
           s.product_height_cm AS height_cm, s.product_width_cm AS width_cm
    FROM stg s LEFT JOIN dw.product_category t ON t.category_name = s.product_category_name
    ORDER BY s.product_id) AS x
ON d.product_id = x.product_id
WHEN MATCHED AND (d.category_name, d.category_name_english, d.name_length, d.description_length, d.photos_qty, d.weight_g,
        d.length_cm, d.height_cm, d.width_cm, d.is_inferred)
        IS DISTINCT FROM (x.category_name, x.category_name_english, x.name_length, x.description_length, x.photos_qty,
        x.weight_g, x.length_cm, x.height_cm, x.width_cm, false) THEN
    UPDATE SET category_name = x.category_name, category_name_english = x.category_name_english,
        name_length = x.name_length, description_length = x.description_length, photos_qty = x.photos_qty,
        weight_g = x.weight_g, length_cm = x.length_cm, height_cm = x.height_cm, width_cm = x.width_cm,
        is_inferred = false, source_object_id = $1, updated_at = now()
WHEN NOT MATCHED THEN
    INSERT (product_id, category_name, category_name_english, name_length, description_length, photos_qty, weight_g,
        length_cm, height_cm, width_cm, is_inferred, source_object_id)
    VALUES (x.product_id, x.category_name, x.category_name_english, x.name_length, x.description_length, x.photos_qty,
        x.weight_g, x.length_cm, x.height_cm, x.width_cm, false, $1);
