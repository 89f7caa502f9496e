import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        If you typed the address, check it is correct. <Link href="/">See all campaigns</Link>.
      </p>
    </>
  );
}
