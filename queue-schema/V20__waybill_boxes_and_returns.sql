-- Issue 21, round B: the boxes of a supplier waybill's position (MarkInfo/boxpos with their marks, and
-- boxInfo/boxtree), kept as the JSON the waybill's view shows; null when the waybill lists no boxes.

ALTER TABLE supplier_waybill_position ADD COLUMN boxes TEXT;
