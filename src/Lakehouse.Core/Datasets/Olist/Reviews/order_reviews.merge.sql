-- Reviews: one fact row per (review, order), customer from the order when known. Text columns are already scrubbed.
DELETE FROM dw.fact_review f
WHERE f.source_object_id = $1
  AND NOT EXISTS (SELECT 1 FROM stg s WHERE s.review_id = f.review_id AND s.order_id = f.order_id);

MERGE INTO dw.fact_review AS f
USING (
    SELECT s.review_id, s.order_id, coalesce(o.customer_key, -1) AS customer_key, s.review_score,
        s.review_comment_title AS comment_title, s.review_comment_message AS comment_message,
        s.review_creation_date__date_key AS creation_date_key, s.review_answer_timestamp__date_key AS answer_date_key,
        s.review_creation_date AS created_at, s.review_answer_timestamp AS answered_at
    FROM stg s LEFT JOIN dw.fact_order o ON o.order_id = s.order_id) AS x
ON f.review_id = x.review_id AND f.order_id = x.order_id
WHEN MATCHED AND (f.customer_key, f.review_score, f.comment_title, f.comment_message, f.created_at, f.answered_at, f.source_object_id)
        IS DISTINCT FROM (x.customer_key, x.review_score, x.comment_title, x.comment_message, x.created_at, x.answered_at, $1) THEN
    UPDATE SET customer_key = x.customer_key, review_score = x.review_score, comment_title = x.comment_title,
        comment_message = x.comment_message, creation_date_key = x.creation_date_key, answer_date_key = x.answer_date_key,
        created_at = x.created_at, answered_at = x.answered_at, source_object_id = $1, loaded_at = now()
WHEN NOT MATCHED THEN
    INSERT (review_id, order_id, customer_key, review_score, comment_title, comment_message, creation_date_key,
        answer_date_key, created_at, answered_at, source_object_id)
    VALUES (x.review_id, x.order_id, x.customer_key, x.review_score, x.comment_title, x.comment_message, x.creation_date_key,
        x.answer_date_key, x.created_at, x.answered_at, $1);
