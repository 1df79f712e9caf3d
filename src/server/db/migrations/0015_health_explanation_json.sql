ALTER TABLE "health_scores" ALTER COLUMN "explanation" SET DATA TYPE json USING "explanation"::json;
