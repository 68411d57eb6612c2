// Run by an app instance's worker (lib/server/prepared-files/dispatch.ts) in a process of its own, so that writing a
// large document never holds up the pages the instance serves: prepares one claimed job's file and marks it ready.
//   node --conditions=react-server --import tsx scripts/prepare-file.ts <job id> <claim token>
import { db } from "@/lib/server/db";
import { writePreparedFile } from "@/lib/server/prepared-files/prepare-file";

async function main() {
  const [id, claimToken] = process.argv.slice(2);
  if (!id || !claimToken) throw new Error("Usage: prepare-file.ts <job id> <claim token>");
  const outcome = await writePreparedFile(id, claimToken);
  console.log(`[prepared-files] ${id}: ${outcome}`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
