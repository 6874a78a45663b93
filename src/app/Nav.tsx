// The five places a teacher goes. A bottom tab bar in portrait, a side rail in landscape (shell.css).
import { useLocation } from 'preact-iso';

const TABS = [
  { href: '/', label: 'Class', icon: 'M4 5h16v14H4zM4 10h16M4 15h16M10 5v14' },
  {
    href: '/week',
    label: 'This week',
    icon: 'M4 4h5v5H4zM10 4h5v5h-5zM16 4h4v5h-4zM4 10h5v5H4zM10 10h5v5h-5zM16 10h4v5h-4zM4 16h5v4H4zM10 16h5v4h-5zM16 16h4v4h-4z',
  },
  {
    href: '/students',
    label: 'Students',
    icon: 'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM2.5 20c.8-3.6 3.4-6 6.5-6s5.7 2.4 6.5 6M16 4.5a3.5 3.5 0 0 1 0 6.5M18 14c1.8.7 3 2.9 3.5 6',
  },
  {
    href: '/goals',
    label: 'Goals',
    icon: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM12 12h.01',
  },
  {
    href: '/settings',
    label: 'Settings',
    icon: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19 12l2-1-1-3-2.2.2-1.4-1.4L16.6 4l-3-1-1 2h-1.2l-1-2-3 1 .2 2.2-1.4 1.4L4 7.4 3 10.4l2 1v1.2l-2 1 1 3 2.2-.2 1.4 1.4L7.4 20l3 1 1-2h1.2l1 2 3-1-.2-2.2 1.4-1.4 2.2.2 1-3-2-1z',
  },
];

function isActive(path: string, href: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

export function Nav() {
  const { path } = useLocation();
  return (
    <nav class="tabs" aria-label="Main">
      {TABS.map((tab) => (
        <a
          key={tab.href}
          href={tab.href}
          class="tab"
          aria-current={isActive(path, tab.href) ? 'page' : undefined}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" class="tab-icon">
            <path d={tab.icon} />
          </svg>
          <span>{tab.label}</span>
        </a>
      ))}
    </nav>
  );
}
